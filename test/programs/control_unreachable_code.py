# Statements no path reaches (after return, break or continue), loops among
# them: they never run, and compiling them must not trip the backend.


def after_return(n: int) -> int:
    return n + 1
    for i in range(n):
        print("never", i)
    while n > 0:
        n -= 1


def after_break(n: int) -> int:
    total = 0
    for i in range(n):
        if i == 3:
            break
            for j in range(i):
                total += 1000
        total += i
    return total


def after_continue(n: int) -> int:
    total = 0
    k = 0
    while k < n:
        k += 1
        if k % 2 == 0:
            continue
            total -= 1
        total += k
    return total


def nested(n: int) -> int:
    t = 0
    for i in range(n):
        if i > 1:
            while t < i:
                t += 1
        else:
            break
    else:
        t += 100
    return t


print(after_return(3), after_break(10), after_continue(9))
print(nested(5), nested(1))
