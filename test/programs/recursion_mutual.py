# Mutual recursion: is_even/is_odd and the Hofstadter female/male
# sequences.


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def hof_f(n: int) -> int:
    if n == 0:
        return 1
    return n - hof_m(hof_f(n - 1))


def hof_m(n: int) -> int:
    if n == 0:
        return 0
    return n - hof_f(hof_m(n - 1))


def ping(n: int, depth: int) -> int:
    if n <= 0:
        return depth
    return pong(n - 2, depth + 1)


def pong(n: int, depth: int) -> int:
    if n <= 0:
        return -depth
    return ping(n - 1, depth + 1)


for n in range(0, 12):
    print(n, "even:", is_even(n), "odd:", is_odd(n))
print("is_even(900):", is_even(900), "is_odd(901):", is_odd(901), "is_odd(800):", is_odd(800))
print("Hofstadter F:", end="")
for n in range(0, 25):
    print("", hof_f(n), end="")
print()
print("Hofstadter M:", end="")
for n in range(0, 25):
    print("", hof_m(n), end="")
print()
for n in range(0, 40, 3):
    print("ping(", n, ") = ", ping(n, 0), sep="")
