# Wrapping angles into a range that shrinks to zero width: float modulo
# by zero raises ZeroDivisionError.

angle = 1000.0
width = 360.0
for i in range(10):
    wrapped = angle % width
    print("angle", angle, "width", width, "wrapped", wrapped, "turns", angle // width)
    width -= 90.0
    angle -= 333.25
print("never reached")
