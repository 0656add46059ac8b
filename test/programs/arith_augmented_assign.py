# All augmented assignment operators on ints and floats.

n = 1000
print("start", n)
n += 234
print("+= 234:", n)
n -= 2000
print("-= 2000:", n)
n *= -3
print("*= -3:", n)
n //= 7
print("//= 7:", n)
n %= 97
print("%= 97:", n)
n **= 5
print("**= 5:", n)
n //= -1000
print("//= -1000:", n)
n %= -13
print("%= -13:", n)

f = 10.0
f += 0.1
print(f)
f -= 0.2
print(f)
f *= 3
print(f)
f /= 7
print(f)
f //= 0.25
print(f)
f %= 1.75
print(f)
f **= 3
print(f)
f **= 0.5
print(f)


def compound(start: int, rounds: int) -> int:
    v = start
    for i in range(rounds):
        v *= 3
        v += i
        v -= 2 * i
        v //= 2
        v %= 100003
    return v


for r in range(1, 9):
    print("compound(7,", r, ") =", compound(7, r))

growth = 1.0
k = 0
while growth < 1000000.0:
    growth *= 2.5
    k += 1
print("growth", growth, "after", k, "steps")
