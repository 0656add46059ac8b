# break and continue in for and while loops, including nested loops.


def first_divisor(n: int) -> int:
    found = n
    for d in range(2, n):
        if n % d == 0:
            found = d
            break
    return found


print("odd numbers skipping multiples of 5:")
for i in range(30):
    if i % 2 == 0:
        continue
    if i % 5 == 0:
        continue
    print(i, end=" ")
print()

print("first divisors:")
for n in range(2, 30):
    print(n, "->", first_divisor(n))

print("search for a pair with product 391:")
found_a = 0
found_b = 0
for a in range(2, 100):
    done = False
    for b in range(a, 100):
        if a * b > 391:
            break
        if a * b == 391:
            found_a = a
            found_b = b
            done = True
            break
    if done:
        break
print("found", found_a, found_b)

print("while with continue:")
k = 0
total = 0
while k < 25:
    k += 1
    if k % 3 == 0:
        continue
    if k > 20:
        break
    total += k
    print("k", k, "total", total)

print("nested break only exits inner loop:")
for i in range(4):
    for j in range(10):
        if j > i:
            break
        print(i, j, sep=":", end="  ")
    print("| end of row", i)
