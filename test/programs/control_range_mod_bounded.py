# Loops whose body assigns a variable only as `x = ... % C`: the compiler
# runs a copy of the loop that assumes x stays in [0, C) when x starts
# there, and the general copy when it does not (negative, too large, big).
# The same copy assumes the counter stays on its side of a constant start.
# Each case must print what CPython prints.


def lcg(seed: int, n: int) -> int:
    # The forkjoin loop: x * 48271 cannot overflow while x < 2**31 - 1.
    x = seed
    total = 0
    for _ in range(n):
        x = x * 48271 % 2147483647
        total += x
    return total * 7 + x


def read_before_assign(seed: int, n: int) -> int:
    # x is read at the top of each iteration, before its new value.
    x = seed
    total = 0
    for i in range(n):
        total += x * i
        x = (x * x + i) % 97
    return total


def branches(seed: int, n: int) -> int:
    # Assigned on some iterations only, with two moduli and %=.
    x = seed
    total = 0
    for i in range(n):
        if i % 3 == 0:
            x = (x + 1000003 * i) % 1000
        elif i % 3 == 1:
            x %= 7
        total = x * x
    return x + total


def not_bounded(seed: int, n: int) -> int:
    # x += 1 spoils the bound: only the general loop is right here.
    x = seed
    for _ in range(n):
        x = x * 3 % 11
        x += 1
    return x


def with_break(seed: int, limit: int) -> int:
    x = seed
    for i in range(100):
        x = (x * 31 + i) % 1000003
        if x > limit:
            break
    else:
        return -1
    return x


def constant_bounds(seed: int) -> int:
    x = seed
    for _ in range(10):
        x = (x * x - 3) % 17
    return x


def floats_untouched(seed: float) -> float:
    f = seed
    for _ in range(5):
        f = f * 3.5 % 7.0
    return f


def counters(n: int) -> int:
    # Counters from constant starts, up and down, through floor // and %.
    total = 0
    for i in range(n):
        total += (i * i) % 7 + i // 3
    for i in range(-10, n):
        total += i // 3 + i % 5
    for i in range(5, -n, -2):
        total += i // 4 - i % 3
    for i in range(0, n, 3):
        total += -i // 2
    return total


def near_the_edge(n: int) -> int:
    # Counters close to 2**62, where ints stop being small.
    total = 0
    for i in range(4611686018427387900, 4611686018427387900 + n):
        total += i % 10
    for i in range(-4611686018427387900, -4611686018427387900 - n, -1):
        total += i % 10
    return total


def show(seed: int) -> None:
    print("lcg", seed, lcg(seed, 50))
    print("read_before_assign", seed, read_before_assign(seed, 30))
    print("branches", seed, branches(seed, 20))
    print("not_bounded", seed, not_bounded(seed, 20))
    print("with_break", seed, with_break(seed, 900000), with_break(seed, 2000000))
    print("constant_bounds", seed, constant_bounds(seed))


def main() -> None:
    big = 2**70 + 12345
    show(0)
    show(1)
    show(42)
    show(2147483646)
    show(2147483647)
    show(2147483648)
    show(-1)
    show(-2147483647)
    show(big)
    show(-big)
    print("floats", floats_untouched(2.0), floats_untouched(-1.5))
    print("counters", counters(0), counters(1), counters(40))
    print("near_the_edge", near_the_edge(3), near_the_edge(10))
    # Many steps in the fast copy.
    print("long", lcg(7, 2000000), lcg(-7, 100))

main()
