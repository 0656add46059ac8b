# RUN: %aithon run %s | filecheck %s
# `aithon run prog.py` compiles into the cache (AITHON_CACHE, set by lit.cfg.py)
# and runs the program in place of the compiler.

def fact(n: int) -> int:
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print("run:", fact(25))
# CHECK: run: 15511210043330985984000000
