# The program that opt_level_O0.py and opt_level_O3.py compile: optimisation
# must not change the output (no FMA contraction, exact int overflow checks,
# recursion, big ints).  The expected output below is CPython's.

def fused(a: float, b: float, c: float) -> float:
    # 0.1 * 10.0 rounds to exactly 1.0; a fused multiply-add would not round.
    return a * b + c

def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

def harmonic(n: int) -> float:
    total = 0.0
    for k in range(1, n + 1):
        total += 1.0 / k
    return total

def wrap_around(x: int) -> int:
    # Crosses the small-int limit 2**62 both ways.
    total = 0
    for i in range(8):
        total = total * 4 + x
    return total

def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(fused(0.1, 10.0, -1.0))
print(collatz_steps(27), collatz_steps(837799))
print(harmonic(1000))
print(wrap_around(4611686018427387903), wrap_around(-4611686018427387904))
print(ackermann(2, 3), -7 // 2, -7 % 3, 7.0 % -3.0)
big = 1
for i in range(40):
    big = big * 3 - i
print(big, big // -7, big % -7)

# CHECK: 0.0
# CHECK-NEXT: 111 524
# CHECK-NEXT: 7.485470860550343
# CHECK-NEXT: 100742281072546288741035 -100742281072546288762880
# CHECK-NEXT: 9 -4 2 -2.0
# CHECK-NEXT: 9118249094292696621 -1302607013470385232 -3
# CHECK-NOT: {{.}}
