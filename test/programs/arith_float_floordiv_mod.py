# Floor division and modulo with float operands, including negatives and
# mixed int/float operands.


def show(a: float, b: float) -> None:
    print(a, "//", b, "=", a // b, "   ", a, "%", b, "=", a % b)


show(7.5, 2.0)
show(-7.5, 2.0)
show(7.5, -2.0)
show(-7.5, -2.0)
show(1.0, 0.1)
show(-1.0, 0.1)
show(0.0, 3.0)
show(-0.0, 3.0)
show(0.0, -3.0)
show(5.0, 5.0)
show(-5.0, 5.0)
show(1e300, 1e-300)
show(3.25, 0.5)
show(-3.25, 0.5)
show(1e-10, 3.0)
show(-1e-10, 3.0)
show(1e-10, -3.0)
show(10.0, 3.0)
show(-10.0, 3.0)

print("mixed int/float:")
print(7 // 2.0, 7 % 2.0)
print(-7 // 2.0, -7 % 2.0)
print(7.0 // -2, 7.0 % -2)
print(-7.0 // -2, -7.0 % -2)
print(100 % 7.5, -100 % 7.5)
print(2 ** 60 // 3.0, 2 ** 60 % 3.0)

x = 10.75
x //= 1.5
print("x after //= 1.5:", x)
x %= 2.5
print("x after %= 2.5:", x)
y = -10.75
y %= 1.5
print("y after %= 1.5:", y)

i = 0
angle = -725.0
while i < 6:
    print("angle", angle, "normalized", angle % 360.0, "turns", angle // 360.0)
    angle += 290.0
    i += 1
