# Short-circuit evaluation of and/or: functions print when called so we
# can see exactly which operands were evaluated.


def t(label: int) -> bool:
    print("  t", label, "called")
    return True


def f(label: int) -> bool:
    print("  f", label, "called")
    return False


def num(v: int) -> int:
    print("  num", v, "called")
    return v


def fnum(v: float) -> float:
    print("  fnum", v, "called")
    return v


print("t and f:")
r = t(1) and f(2)
print("result", r)
print("f and t:")
r = f(1) and t(2)
print("result", r)
print("t or f:")
r = t(1) or f(2)
print("result", r)
print("f or t:")
r = f(1) or t(2)
print("result", r)
print("f or f or t or f:")
r = f(1) or f(2) or t(3) or f(4)
print("result", r)
print("t and t and f and t:")
r = t(1) and t(2) and f(3) and t(4)
print("result", r)
print("t or f and f (and binds tighter):")
r = t(1) or f(2) and f(3)
print("result", r)
print("(t or f) and f:")
r = (t(1) or f(2)) and f(3)
print("result", r)
print("not f and t:")
r = not f(1) and t(2)
print("result", r)

print("int values:")
v = num(0) or num(5)
print("0 or 5 ->", v)
v = num(3) or num(5)
print("3 or 5 ->", v)
v = num(3) and num(5)
print("3 and 5 ->", v)
v = num(0) and num(5)
print("0 and 5 ->", v)
v = num(0) or num(0) or num(-2)
print("0 or 0 or -2 ->", v)
print("float values:")
w = fnum(0.0) or fnum(2.5)
print("0.0 or 2.5 ->", w)
w = fnum(-0.0) or fnum(0.0)
print("-0.0 or 0.0 ->", w)
w = fnum(1.5) and fnum(0.0)
print("1.5 and 0.0 ->", w)

print("guarding a division:")
for d in range(-2, 3):
    if d != 0 and 10 // d > 2:
        print("d =", d, "10 // d =", 10 // d)
    if d == 0 or 10 % d == 0:
        print("d =", d, "divides 10 or is zero")

print("in if conditions with mixed types:")
if num(0) or fnum(0.5):
    print("branch taken")
if t(7) and num(0):
    print("not printed")
else:
    print("else branch")
k = 0
while k < 3 and t(k):
    k += 1
print("k =", k)
