# Mixing ints and floats: ints are promoted to float, comparisons between
# ints and floats are exact.


def avg3(a: float, b: float, c: float) -> float:
    return (a + b + c) / 3


print(1 + 2.5, 2.5 + 1, 3 - 0.5, 0.5 - 3, 4 * 0.25, 0.25 * 4)
print(7 * 1.0, 7 + 0.0, 7 - 0.0, 0 * 1.5, -3 * 0.0)
print(10 ** 15 + 0.5, 10 ** 16 + 1.0, 2 ** 53 + 1.0)
print(avg3(1.0, 2.0, 4.0), avg3(0.1, 0.2, 0.3))

print("comparisons:")
print(1 == 1.0, 2 < 2.5, 3 >= 3.0, -1 > -1.5, 0 == -0.0, 5 != 5.0)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 30 < 1e30, 10 ** 30 == 1e30, 10 ** 30 > 1e30)
print(1e308 < 10 ** 400, -(10 ** 400) < -1e308)
print(9007199254740993 < 9007199254740992.0, 9007199254740993 > 9007199254740992.0)

print("promotion in loops:")
total = 0.0
for i in range(1, 11):
    total += i
    total *= 1.5
    print(i, total)

count = 0
acc = 0.0
while acc < 10:
    acc += 0.7
    count += 1
print("steps", count, "acc", acc)

celsius = -40
while celsius <= 100:
    fahrenheit = celsius * 9 / 5 + 32
    kelvin = celsius + 273.15
    print(celsius, "C =", fahrenheit, "F =", kelvin, "K")
    celsius += 20
