# Relative change between successive samples of a damped oscillation;
# when a sample is exactly zero the float division fails.


def sample(t: int) -> float:
    # exact zero at t = 6 because the factor (6 - t) vanishes
    return (6 - t) * 0.5 ** t


prev = sample(0)
for t in range(1, 12):
    cur = sample(t)
    print("t =", t, "value =", cur)
    if t < 8:
        print("  relative change:", (cur - prev) / prev)
    ratio = prev / cur
    print("  ratio:", ratio)
    prev = cur
print("never reached")
