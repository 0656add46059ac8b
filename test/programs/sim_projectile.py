# Euler integration of a projectile with air drag.

G = 9.81
DT = 0.01


def flight(speed: float, angle_steps: int, drag: float) -> float:
    # angle given in steps of 9 degrees; cos and sin of the launch angle
    # are computed with Taylor series
    theta = angle_steps * 3.141592653589793 / 20
    c = 1.0
    s = theta
    term_c = 1.0
    term_s = theta
    for k in range(1, 12):
        term_c *= -theta * theta / ((2 * k - 1) * (2 * k))
        term_s *= -theta * theta / ((2 * k) * (2 * k + 1))
        c += term_c
        s += term_s
    vx = speed * c
    vy = speed * s
    x = 0.0
    y = 0.0
    t = 0.0
    while y >= 0.0:
        v2 = vx * vx + vy * vy
        ax = -drag * vx * v2 ** 0.5
        ay = -G - drag * vy * v2 ** 0.5
        x += vx * DT
        y += vy * DT
        vx += ax * DT
        vy += ay * DT
        t += DT
    print("  angle", angle_steps * 9, "deg: range", x, "time", t)
    return x


for drag in range(0, 3):
    d = drag * 0.01
    print("drag coefficient", d)
    best = 0.0
    best_angle = 0
    for a in range(1, 10):
        r = flight(30.0, a, d)
        if r > best:
            best = r
            best_angle = a * 9
    print("best angle", best_angle, "range", best)
