# Overflow to infinity, NaN behaviour and signed zeros.

big = 1e300 * 1e10
print("1e300 * 1e10 =", big)
print("-big =", -big, "big + 1 =", big + 1, "big * 0.5 =", big * 0.5)
print("big > 10**400:", big > 10 ** 400, " big == big:", big == big)
print("1 / big =", 1 / big, " -1 / big =", -1 / big)
nan = big - big
print("inf - inf =", nan)
print("nan == nan:", nan == nan, " nan != nan:", nan != nan)
print("nan < 1:", nan < 1, " nan > 1:", nan > 1, " nan <= nan:", nan <= nan)
print("nan * 0 =", nan * 0, " -nan =", -nan)
print("big * 0 =", big * 0)
neg_zero = -0.0
print("neg_zero =", neg_zero, " == 0:", neg_zero == 0, " == 0.0:", neg_zero == 0.0)
print("0.0 * -1 =", 0.0 * -1, " -0.0 + 0.0 =", -0.0 + 0.0, " -0.0 - 0.0 =", -0.0 - 0.0)
print("-0.0 * -0.0 =", -0.0 * -0.0, " 0 * -1.5 =", 0 * -1.5)
print("1e308 * 10 =", 1e308 * 10, " -1e308 * 10 =", -1e308 * 10)
print("1e-320 =", 1e-320, " 1e-320 / 1e10 =", 1e-320 / 1e10)
print("5e-324 / 2 =", 5e-324 / 2, " -5e-324 / 2 =", -5e-324 / 2)
print("2.0 ** 1024 is overflow? use mult:", 2.0 ** 1023 * 2)

x = 1.0
steps = 0
while x * 2 < big:
    x *= 2
    steps += 1
print("doublings before overflow:", steps, "x =", x, "x*2 =", x * 2)

y = 1.0
halvings = 0
while y > 0:
    y /= 2
    halvings += 1
print("halvings until zero:", halvings, "y =", y)

if nan:
    print("nan is truthy")
if not neg_zero:
    print("negative zero is falsy")
if big:
    print("inf is truthy")
