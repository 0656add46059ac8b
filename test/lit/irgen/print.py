# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck %s
# print() becomes one py.print per value and py.print_str for string
# literals, separators and the end string.  All arguments are evaluated
# before anything is printed; an empty sep or end prints nothing.

def seven() -> int:
    return 7

print(1, 2.5, True, None)
# CHECK-LABEL: func.func @aithon_module_main() {
# CHECK-NEXT: [[I:%[0-9]+]] = py.int 1
# CHECK-NEXT: [[F:%[0-9]+]] = py.float 2.5
# CHECK-NEXT: [[B:%[0-9]+]] = py.bool true
# CHECK-NEXT: [[N:%[0-9]+]] = py.none
# CHECK-NEXT: py.print [[I]] : !py.int
# CHECK-NEXT: py.print_str " "
# CHECK-NEXT: py.print [[F]] : !py.float
# CHECK-NEXT: py.print_str " "
# CHECK-NEXT: py.print [[B]] : !py.bool
# CHECK-NEXT: py.print_str " "
# CHECK-NEXT: py.print [[N]] : !py.none
# CHECK-NEXT: py.print_str "\0A"

print("x =", seven(), seven(), sep=", ", end=";\n")
# Both calls happen before the first output.
# CHECK-NEXT: [[A:%[0-9]+]] = func.call @py.seven()
# CHECK-NEXT: [[C:%[0-9]+]] = func.call @py.seven()
# CHECK-NEXT: py.print_str "x ="
# CHECK-NEXT: py.print_str ", "
# CHECK-NEXT: py.print [[A]] : !py.int
# CHECK-NEXT: py.print_str ", "
# CHECK-NEXT: py.print [[C]] : !py.int
# CHECK-NEXT: py.print_str ";\0A"

print("a", "b", sep="", end="")
# CHECK-NEXT: py.print_str "a"
# CHECK-NEXT: py.print_str "b"
# CHECK-NOT: py.print_str ""

print()
# CHECK-NEXT: py.print_str "\0A"

print("tab\t", "é", sep=None, end=None)
# sep=None and end=None mean the defaults; the literal's escapes are decoded.
# CHECK-NEXT: py.print_str "tab\09"
# CHECK-NEXT: py.print_str " "
# CHECK-NEXT: py.print_str "{{é|\\C3\\A9}}"
# CHECK-NEXT: py.print_str "\0A"
# CHECK-NEXT: func.return
