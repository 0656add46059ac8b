# Digit checks with a modulus derived from data; eventually the modulus
# becomes zero and % raises ZeroDivisionError.


def checksum(n: int, m: int) -> int:
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s % m


m = 5
value = 987654321
while True:
    print("checksum of", value, "mod", m, "=", checksum(value, m))
    value = value * 3 + 1
    m -= 1
