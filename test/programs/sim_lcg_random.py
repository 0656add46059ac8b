# A linear congruential pseudo-random generator driving a Monte Carlo pi
# estimate, dice statistics and a random walk. The generator state is
# passed explicitly since there is no global statement.

MULT = 6364136223846793005
INC = 1442695040888963407
MOD = 2 ** 64


def next_state(s: int) -> int:
    return (s * MULT + INC) % MOD


def to_unit(s: int) -> float:
    return (s // 2 ** 11) / 2 ** 53


def dice(s: int) -> int:
    return (s // 2 ** 33) % 6 + 1


state = 42
for i in range(8):
    state = next_state(state)
    print("raw", state, "unit", to_unit(state))

inside = 0
trials = 20000
for i in range(trials):
    state = next_state(state)
    x = to_unit(state)
    state = next_state(state)
    y = to_unit(state)
    if x * x + y * y < 1.0:
        inside += 1
print("pi estimate:", 4 * inside / trials)

c1 = 0
c2 = 0
c3 = 0
c4 = 0
c5 = 0
c6 = 0
for i in range(6000):
    state = next_state(state)
    d = dice(state)
    if d == 1:
        c1 += 1
    elif d == 2:
        c2 += 1
    elif d == 3:
        c3 += 1
    elif d == 4:
        c4 += 1
    elif d == 5:
        c5 += 1
    else:
        c6 += 1
print("dice counts:", c1, c2, c3, c4, c5, c6, "total", c1 + c2 + c3 + c4 + c5 + c6)

pos = 0
furthest = 0
for step in range(1, 2001):
    state = next_state(state)
    if state // 2 ** 63 == 0:
        pos += 1
    else:
        pos -= 1
    if pos > furthest:
        furthest = pos
    if -pos > furthest:
        furthest = -pos
    if step % 100 == 0:
        print("step", step, "position", pos, "furthest", furthest)
