# range() loops whose bounds or counter cross the small-int boundary (2**62,
# where ints stop fitting a tagged machine word): the compiler's small copy
# of a loop must hand these to the general copy or end at the right place.


def span(start: int, stop: int, step: int) -> int:
    count = 0
    last = 0
    for i in range(start, stop, step):
        count += 1
        last = i
    print("range(", start, ",", stop, ",", step, "):", count, "values, last", last)
    return count


def doubled_near_edge(base: int) -> None:
    # Arithmetic on i inside the loop overflows the small range.
    for i in range(base - 2, base + 2):
        print(i, i * 2, i + i, -i)


def loop_controls(n: int) -> None:
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        if i > 20:
            break
        i = i * 100  # rebinding i does not change the iteration
        total += i
    else:
        print("not reached")
    print("total", total)
    for j in range(n, n + 2):
        total -= j
    else:
        print("else after a full loop, total", total)


def main() -> None:
    big = 2**62
    span(big - 3, big + 3, 1)               # stop is big: the general copy
    span(-big - 3, -big + 2, 1)             # start is big (negative)
    span(big - 5, big - 1, big // 2)        # all small; the counter's next value is not
    span(-big + 5, -big, -(big // 2))       # the same, counting down
    span(0, big - 1, big - 2)               # the last step overflows a machine word
    span(big + 10, big, -3)                 # all big, counting down
    span(3, 100, big * 4)                   # a big step: one value
    span(100, 3, -big * 4)
    span(5, 5, 1)                           # empty
    doubled_near_edge(big)
    doubled_near_edge(-big)
    doubled_near_edge(big // 2)
    loop_controls(40)


if __name__ == "__main__":
    main()
