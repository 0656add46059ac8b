# Floor division and modulo with every sign combination of int operands.
# Python floors toward negative infinity and the remainder takes the
# sign of the divisor.


def show(a: int, b: int) -> None:
    q = a // b
    r = a % b
    print(a, "//", b, "=", q, " ", a, "%", b, "=", r, " check:", q * b + r == a)


def main() -> None:
    for a in range(-7, 8, 7):
        for b in range(-3, 4):
            if b == 0:
                continue
            show(a, b)
    show(17, 5)
    show(-17, 5)
    show(17, -5)
    show(-17, -5)
    show(0, -3)
    show(1, -1)
    show(-1, 1)
    show(-1, 1000000)
    show(1, -1000000)
    show(-999999999999, 1000)
    show(123456789, -10)
    # remainder always has the divisor's sign (or is zero)
    bad = 0
    for a in range(-50, 51):
        for b in range(-9, 10):
            if b == 0:
                continue
            r = a % b
            if b > 0 and not (0 <= r < b):
                bad += 1
            if b < 0 and not (b < r <= 0):
                bad += 1
            if (a // b) * b + r != a:
                bad += 1
    print("violations:", bad)


if __name__ == "__main__":
    main()
