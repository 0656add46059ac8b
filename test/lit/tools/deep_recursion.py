# RUN: %aithon %s -o %t && %t | filecheck %s
# Native frames are small: 10,000 (and 100,000) nested calls work, where
# CPython stops at its default recursion limit of 1000.  Two functions so
# that neither can be turned into a loop by tail-call elimination alone.

def rsum(n: int) -> int:
    if n == 0:
        return 0
    return n + rsum(n - 1)

def depth(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(rsum(10000))
# CHECK: 50005000
print(depth(10000))
# CHECK-NEXT: 10000
print(rsum(100000))
# CHECK-NEXT: 5000050000
