# while True loops terminated with break, simulated do-while and
# a small state machine.


def next_state(state: int, inp: int) -> int:
    if state == 0:
        if inp % 2 == 0:
            return 1
        return 2
    elif state == 1:
        if inp > 5:
            return 3
        return 0
    elif state == 2:
        return (inp + state) % 4
    return 3


n = 1
while True:
    n *= 3
    if n > 10000:
        break
    print("power of three:", n)

attempts = 0
value = 17
while True:
    attempts += 1
    value = (value * 31 + 7) % 101
    print("attempt", attempts, "value", value)
    if value < 10:
        break
print("done after", attempts, "attempts")

state = 0
inp = 1
while True:
    state = next_state(state, inp)
    print("input", inp, "-> state", state)
    inp += 1
    if state == 3:
        break
    if inp > 50:
        print("gave up")
        break

x = 0.0
iterations = 0
while True:
    iterations += 1
    x = x * 0.5 + 1.0
    if 2.0 - x < 1e-9:
        break
print("converged to", x, "in", iterations, "iterations")
