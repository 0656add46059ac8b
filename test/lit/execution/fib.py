# RUN: %aithon %s -o %t && %t | filecheck %s
# Recursive calls, big-int promotion of the result, and float repr.

def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def fib_iter(n: int) -> int:
    a = 0
    b = 1
    for _ in range(n):
        t = a + b
        a = b
        b = t
    return a

print(fib(20))
# CHECK: 6765
print(fib_iter(150))
# CHECK-NEXT: 9969216677189303386214405760200
print(0.1 + 0.2, 1e16, 2 ** 100)
# CHECK-NEXT: 0.30000000000000004 1e+16 1267650600228229401496703205376
