# range() with one, two and three arguments, including negative steps and
# empty ranges.


def show_range(start: int, stop: int, step: int) -> None:
    print("range(", start, ", ", stop, ", ", step, "):", sep="", end="")
    count = 0
    for i in range(start, stop, step):
        print("", i, end="")
        count += 1
    print("  [", count, " items]", sep="")


for i in range(5):
    print(i, end=" ")
print()
for i in range(3, 8):
    print(i, end=" ")
print()
for i in range(-5, 0):
    print(i, end=" ")
print()
for i in range(0):
    print("never printed")
for i in range(5, 2):
    print("never printed either")
show_range(0, 10, 2)
show_range(0, 10, 3)
show_range(10, 0, -1)
show_range(10, 0, -3)
show_range(10, -10, -4)
show_range(-10, 10, 7)
show_range(5, 5, 1)
show_range(5, 5, -1)
show_range(0, 5, -1)
show_range(5, 0, 1)
show_range(-3, -20, -5)
show_range(100, 200, 37)
show_range(2 ** 40, 2 ** 40 + 3, 1)
n = 6
for i in range(n, -1, -2):
    print("countdown", i)
total = 0
for i in range(1, 101):
    total += i
print("sum 1..100 =", total)
total = 0
for i in range(99, 0, -2):
    total += i
print("sum of odd numbers below 100 =", total)
# loop variable after modification inside body does not affect iteration
for i in range(4):
    print("before", i, end=" ")
    i = i * 10
    print("after", i)
stop = 3
for i in range(stop):
    stop = 100
    print("i", i, "stop", stop)
