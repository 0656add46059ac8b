# Recursive Fibonacci: measures function-call overhead (call/return,
# argument passing, integer compare/add) -- about 48 million calls.
# Expected output: 14930352


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(36))
