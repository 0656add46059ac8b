# Variables declared with annotations at module level and inside
# functions; each variable keeps the type of its declaration.

count: int = 0
ratio: float = 0.0
ready: bool = False
threshold: float = 2.5


def weighted_total(n: int) -> float:
    total: float = 0.0
    weight: float = 1.0
    i: int = 0
    while i < n:
        total += weight * i
        weight *= 0.5
        i += 1
    return total


def count_above(n: int, limit: float) -> int:
    hits: int = 0
    for k in range(n):
        value: float = k * 0.75
        if value > limit:
            hits += 1
    return hits


def toggled(times: int) -> bool:
    state: bool = False
    for k in range(times):
        state = not state
    return state


for n in range(1, 11):
    print("weighted_total(", n, ") = ", weighted_total(n), sep="")
for n in range(0, 20, 4):
    count = count_above(n, threshold)
    ratio = count / (n + 1)
    print("n", n, "count", count, "ratio", ratio)
for t in range(5):
    ready = toggled(t)
    print("toggled", t, "times:", ready)
annotated_big: int = 2 ** 70
annotated_big //= -3
print("annotated_big:", annotated_big)
limit_reached: bool = count > 3 and ready
print("limit_reached:", limit_reached, "count:", count, "ratio:", ratio, "ready:", ready)
