# if / elif / else chains: FizzBuzz, grading, classifications.


def grade(score: int) -> None:
    if score >= 90:
        print(score, "A")
    elif score >= 80:
        print(score, "B")
    elif score >= 70:
        print(score, "C")
    elif score >= 60:
        print(score, "D")
    else:
        print(score, "F")


def sign(x: float) -> int:
    if x > 0:
        return 1
    elif x < 0:
        return -1
    else:
        return 0


def quadrant(x: int, y: int) -> int:
    if x == 0 or y == 0:
        return 0
    if x > 0:
        if y > 0:
            return 1
        return 4
    else:
        if y > 0:
            return 2
        return 3


for i in range(1, 31):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)

for s in range(45, 101, 9):
    grade(s)

print(sign(3.5), sign(-0.1), sign(0.0), sign(-0.0), sign(1e-300))
for x in range(-2, 3, 2):
    for y in range(-1, 2):
        print("(", x, ",", y, ") quadrant", quadrant(x, y))

year = 1896
while year <= 2004:
    if year % 400 == 0:
        print(year, "leap (div by 400)")
    elif year % 100 == 0:
        print(year, "not leap (century)")
    elif year % 4 == 0:
        pass
    else:
        print(year, "common year")
    if year == 1906:
        year = 1996
    else:
        year += 1
