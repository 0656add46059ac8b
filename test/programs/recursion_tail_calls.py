# Recursion in tail position, which the compiler turns into loops
# (py-tail-recursion): plain tail calls, and `x + f(...)` / `x * f(...)` on
# ints, whose pending terms it accumulates.  The output must not change: the
# same ints (big ones too), the same order of side effects.


def fact(n: int) -> int:
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def sum_to(n: int) -> int:
    if n == 0:
        return 0
    return n + sum_to(n - 1)


def sum_left(n: int) -> int:
    # The call is the left operand and n is read after it: a read of a local
    # is not observable, so this loops too.
    if n == 0:
        return 0
    return sum_left(n - 1) + n


def gcd(a: int, b: int) -> int:
    if b == 0:
        return a
    return gcd(b, a % b)


def halve(x: float, times: int) -> float:
    # Floats: a plain tail call only.
    if times == 0:
        return x
    return halve(x / 2.0, times - 1)


def shout(n: int) -> int:
    print("shout", n)
    return n


def ordered(n: int) -> int:
    # The other operand prints before the recursive call runs.
    if n == 0:
        print("bottom")
        return 100
    return shout(n) + ordered(n - 1)


def after(n: int) -> int:
    # The other operand is a call that runs after the recursive one: not a
    # tail site.
    if n == 0:
        print("bottom")
        return 100
    return after(n - 1) * shout(n)


def mixed(n: int) -> int:
    # Both + and * in tail position: only plain tail calls are looped.
    if n <= 0:
        return 1
    if n % 3 == 0:
        return 2 * mixed(n - 1)
    if n % 3 == 1:
        return 3 + mixed(n - 1)
    return mixed(n - 2)


def count_down(n: int, acc: int) -> int:
    if n == 0:
        return acc
    if n % 2 == 0:
        return count_down(n - 1, acc + n)
    return 1 + count_down(n - 1, acc)


def power_sum(base: int, k: int) -> int:
    # Big ints accumulate: base**k + base**(k-1) + ... + 1.
    if k == 0:
        return 1
    return base ** k + power_sum(base, k - 1)


def negative_mul(n: int) -> int:
    if n == 0:
        return -1
    return -3 * negative_mul(n - 1)


def main() -> None:
    print(fact(0), fact(1), fact(5), fact(30))
    print(fib(0), fib(1), fib(20))
    print(sum_to(900), sum_left(900))
    print(gcd(1071, 462), gcd(2**100, 6**40), gcd(0, 5))
    print(halve(1.0, 10), halve(3.0, 0))
    print(ordered(3))
    print(after(3))
    print(mixed(10), mixed(11))
    print(count_down(10, 0))
    print(power_sum(1000, 12))
    print(negative_mul(5), negative_mul(40))


if __name__ == "__main__":
    main()
