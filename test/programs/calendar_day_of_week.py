# Calendar computations: leap years, day of week (Zeller), days between
# dates and printing a month calendar.


def is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y: int, m: int) -> int:
    if m == 2:
        if is_leap(y):
            return 29
        return 28
    if m == 4 or m == 6 or m == 9 or m == 11:
        return 30
    return 31


def day_of_week(y: int, m: int, d: int) -> int:
    # 0 = Monday ... 6 = Sunday
    if m < 3:
        m += 12
        y -= 1
    k = y % 100
    j = y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def day_number(y: int, m: int, d: int) -> int:
    # days since 0001-01-01
    yy = y - 1
    n = yy * 365 + yy // 4 - yy // 100 + yy // 400
    for mm in range(1, m):
        n += days_in_month(y, mm)
    return n + d - 1


def print_month(y: int, m: int) -> None:
    print("    ", y, "-", m, sep="")
    print("Mo Tu We Th Fr Sa Su")
    start = day_of_week(y, m, 1)
    for i in range(start):
        print("   ", end="")
    col = start
    for d in range(1, days_in_month(y, m) + 1):
        if d < 10:
            print(" ", end="")
        print(d, end="")
        col += 1
        if col == 7:
            print()
            col = 0
        else:
            print(" ", end="")
    if col != 0:
        print()


for y in range(1896, 1905):
    print(y, "is leap:", is_leap(y))
print(2000, "is leap:", is_leap(2000), " 2100 is leap:", is_leap(2100))

print("day of week (0=Mon):")
print("1969-07-20:", day_of_week(1969, 7, 20))
print("2000-01-01:", day_of_week(2000, 1, 1))
print("1900-03-01:", day_of_week(1900, 3, 1))
print("2024-02-29:", day_of_week(2024, 2, 29))

print("days between 1900-01-01 and 2000-01-01:", day_number(2000, 1, 1) - day_number(1900, 1, 1))
print("days from 1969-07-20 to 2024-02-29:", day_number(2024, 2, 29) - day_number(1969, 7, 20))
check = 0
for y in range(1990, 2010):
    for m in range(1, 13):
        expect = day_number(y, m, 1) % 7
        if expect != day_of_week(y, m, 1):
            check += 1
print("mismatches between two methods:", check)

sundays = 0
for y in range(1901, 2001):
    for m in range(1, 13):
        if day_of_week(y, m, 1) == 6:
            sundays += 1
print("months starting on Sunday in the 20th century:", sundays)
print_month(2024, 2)
print_month(2023, 10)
print_month(2021, 2)
