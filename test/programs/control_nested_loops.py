# Nested loops: pythagorean triples, magic sums, and counting lattice
# points.

print("Pythagorean triples with c <= 50:")
count = 0
for c in range(1, 51):
    for b in range(1, c):
        for a in range(1, b):
            if a * a + b * b == c * c:
                print(a, b, c)
                count += 1
print("total:", count)

print("lattice points inside circles:")
for r in range(1, 11):
    inside = 0
    for x in range(-r, r + 1):
        for y in range(-r, r + 1):
            if x * x + y * y <= r * r:
                inside += 1
    print("r =", r, "points =", inside, "estimate of pi =", inside / (r * r))

print("ways to make 100 with coins 1, 5, 10, 25, 50:")
ways = 0
for fifty in range(0, 3):
    for quarter in range(0, 5):
        for dime in range(0, 11):
            for nickel in range(0, 21):
                rest = 100 - 50 * fifty - 25 * quarter - 10 * dime - 5 * nickel
                if rest >= 0:
                    ways += 1
print(ways)

i = 0
while i < 5:
    j = i
    line = 0
    while j < 5:
        line = line * 10 + j
        j += 1
    print("row", i, "digits", line)
    i += 1
