# RUN: %python %s > %t.py
# RUN: %aithon %t.py -o %t && %t | filecheck %s
# Long but valid programs nest deeply: the parser and irgen recurse once per
# operand of `x + x + ...` and once per `elif`.  These used to stop the
# compiler with "internal compiler error: RecursionError" (at about 490
# operands, 320 elifs); CPython runs them, and so must we.  This file writes
# the program; the RUN lines compile and run it.

terms = 1000
print("x = 1")
print("print(" + " + ".join(["x"] * terms) + ")")
print("print(" + "-" * 700 + "7)")
print("y = 349")
print("if y == 0:\n    print(0)")
for k in range(1, 350):
    print(f"elif y == {k}:\n    print('branch', {k})")
# CHECK: 1000
# CHECK-NEXT: 7
# CHECK-NEXT: branch 349
