# Bit manipulation done with arithmetic only (no bitwise operators):
# binary printing, popcount, powers of two and Gray codes.


def print_binary(n: int, width: int) -> None:
    p = 2 ** (width - 1)
    while p > 0:
        if n // p % 2 == 1:
            print("1", end="")
        else:
            print("0", end="")
        p //= 2


def popcount(n: int) -> int:
    c = 0
    while n > 0:
        c += n % 2
        n //= 2
    return c


def is_power_of_two(n: int) -> bool:
    if n <= 0:
        return False
    while n % 2 == 0:
        n //= 2
    return n == 1


def gray(n: int) -> int:
    # n xor (n >> 1) computed digit by digit
    result = 0
    place = 1
    shifted = n // 2
    while n > 0 or shifted > 0:
        a = n % 2
        b = shifted % 2
        if a != b:
            result += place
        n //= 2
        shifted //= 2
        place *= 2
    return result


def bit_length(n: int) -> int:
    length = 0
    while n > 0:
        n //= 2
        length += 1
    return length


for i in range(16):
    print(i, end=" ")
    print_binary(i, 4)
    print(" gray ", end="")
    print_binary(gray(i), 4)
    print(" popcount", popcount(i))
for n in range(0, 70, 8):
    print(n, "power of two?", is_power_of_two(n), "bits", bit_length(n))
print("popcount(2**100 - 1) =", popcount(2 ** 100 - 1))
print("popcount(3**100) =", popcount(3 ** 100))
print("bit_length(10**30) =", bit_length(10 ** 30))
print("is_power_of_two(2**200) =", is_power_of_two(2 ** 200), is_power_of_two(2 ** 200 + 2))
print("2**64 in binary: ", end="")
print_binary(2 ** 64, 65)
print()
