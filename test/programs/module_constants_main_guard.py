# Module-level constants read from functions, module-level statements run
# in order, and the main guard.

LIMIT = 25
SCALE = 2.5
VERBOSE = True
BIG = 3 ** 75
OFFSET = -17


def scaled(n: int) -> float:
    return n * SCALE


def shifted(n: int) -> int:
    return n + OFFSET


def describe(n: int) -> None:
    if VERBOSE:
        print("n =", n, "scaled =", scaled(n), "shifted =", shifted(n), "big mod n =", BIG % n)
    else:
        print(n)


print("module level, before main: LIMIT =", LIMIT, "BIG =", BIG)
counter = 0
for i in range(1, LIMIT, 4):
    counter += i
print("counter at module level:", counter)


def main() -> None:
    for n in range(1, LIMIT + 1, 3):
        describe(n)
    local_limit = LIMIT * 2
    print("local limit", local_limit, "module counter", counter)
    acc = 0.0
    for n in range(LIMIT):
        acc += scaled(n)
    print("accumulated", acc)


if __name__ == "__main__":
    main()
    print("after main, counter =", counter)
