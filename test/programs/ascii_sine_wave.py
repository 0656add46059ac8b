# Plot a sine and cosine wave in ASCII using Taylor series (no math module).

PI = 3.141592653589793


def sin_taylor(x: float) -> float:
    # reduce to [-pi, pi]
    while x > PI:
        x -= 2 * PI
    while x < -PI:
        x += 2 * PI
    term = x
    total = x
    for k in range(1, 15):
        term *= -x * x / ((2 * k) * (2 * k + 1))
        total += term
    return total


def cos_taylor(x: float) -> float:
    return sin_taylor(x + PI / 2)


def plot_point(v: float, width: int) -> None:
    pos = 0
    target = (v + 1.0) * 0.5 * width
    while pos < target - 0.5:
        print(" ", end="")
        pos += 1
    print("*")


for step in range(0, 25):
    x = step * PI / 12
    print(step, "sin", sin_taylor(x), "cos", cos_taylor(x))
for step in range(0, 33):
    plot_point(sin_taylor(step * PI / 16), 40)
print("sin^2 + cos^2 at several points:")
for k in range(-3, 4):
    x = k * 0.9
    s = sin_taylor(x)
    c = cos_taylor(x)
    print(x, s * s + c * c)
