# The Ackermann function for small arguments, with call counting done by
# a second recursive function (no global state).


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def ack_calls(m: int, n: int) -> int:
    # number of calls made by ackermann(m, n), including itself
    if m == 0:
        return 1
    if n == 0:
        return 1 + ack_calls(m - 1, 1)
    inner = ackermann(m, n - 1)
    return 1 + ack_calls(m, n - 1) + ack_calls(m - 1, inner)


for m in range(0, 3):
    for n in range(0, 6):
        print("A(", m, ", ", n, ") = ", ackermann(m, n), sep="")
for n in range(0, 5):
    print("A(3,", n, ") =", ackermann(3, n), "calls:", ack_calls(3, n))
print("A(3, 5) =", ackermann(3, 5))
print("A(4, 0) =", ackermann(4, 0))
print("closed forms: A(1,n)=n+2, A(2,n)=2n+3, A(3,n)=2^(n+3)-3")
ok = True
for n in range(0, 6):
    if ackermann(1, n) != n + 2 or ackermann(2, n) != 2 * n + 3:
        ok = False
    if ackermann(3, n) != 2 ** (n + 3) - 3:
        ok = False
print("closed forms hold:", ok)
