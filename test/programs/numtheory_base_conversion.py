# Printing numbers in other bases digit by digit, palindromes in several
# bases and reversing digits.


def print_in_base(n: int, base: int) -> None:
    if n < 0:
        print("-", end="")
        n = -n
    if n == 0:
        print("0", end="")
        return
    p = 1
    while p * base <= n:
        p *= base
    while p > 0:
        d = n // p
        n %= p
        p //= base
        if d < 10:
            print(d, end="")
        elif d == 10:
            print("a", end="")
        elif d == 11:
            print("b", end="")
        elif d == 12:
            print("c", end="")
        elif d == 13:
            print("d", end="")
        elif d == 14:
            print("e", end="")
        else:
            print("f", end="")


def reverse_in_base(n: int, base: int) -> int:
    r = 0
    while n > 0:
        r = r * base + n % base
        n //= base
    return r


def is_palindrome(n: int, base: int) -> bool:
    return reverse_in_base(n, base) == n


for n in range(0, 40, 3):
    print(n, ": bin ", sep="", end="")
    print_in_base(n, 2)
    print(" oct ", end="")
    print_in_base(n, 8)
    print(" hex ", end="")
    print_in_base(n, 16)
    print(" base3 ", end="")
    print_in_base(n, 3)
    print()
print_in_base(0xDEADBEEF, 16)
print()
print_in_base(-255, 16)
print()
print_in_base(2 ** 100, 16)
print()
print_in_base(10 ** 25, 7)
print()
print(0xff, 0x10, 0xFFFF_FFFF, 1_000_000, 0x7fffffffffffffff + 1)
print("double-base palindromes (base 10 and 2) below 1000:")
total = 0
for n in range(1, 1000):
    if is_palindrome(n, 10) and is_palindrome(n, 2):
        print(n, end=" ")
        total += n
print()
print("sum:", total)
print("reverse of 1234567890123:", reverse_in_base(1234567890123, 10))
n = 89
steps = 0
while not is_palindrome(n, 10) and steps < 100:
    n += reverse_in_base(n, 10)
    steps += 1
print("89 becomes palindrome", n, "after", steps, "reverse-and-add steps")
