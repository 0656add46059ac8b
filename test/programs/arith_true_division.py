# The / operator always produces a float, even for ints that divide evenly.


def ratio(a: int, b: int) -> float:
    return a / b


print(6 / 3)
print(7 / 2)
print(-7 / 2)
print(1 / 3)
print(2 / 3)
print(-1 / 3)
print(10 / 4)
print(0 / 5)
print(0 / -5)
print(1 / 7)
print(22 / 7)
print(355 / 113)
for n in range(1, 13):
    print("1 /", n, "=", ratio(1, n), " ", n, "/ 4 =", ratio(n, 4))

print("big int true division")
print(10 ** 20 / 10 ** 10)
print(2 ** 64 / 2)
print(3 ** 40 / 3 ** 38)
print(10 ** 30 / 7)
print((2 ** 53 + 1) / 1)
print(1 / 2 ** 60)
print(-(10 ** 25) / 3)
print(123456789012345678901234567890 / 1000000000000)

h = 1.0
h /= 8
print("h", h)
t = 3.0
t /= 2
print("t", t)
print(True / 2, False / 3)
