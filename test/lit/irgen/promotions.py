# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck %s
# Python's implicit numeric conversions are explicit ops in the py dialect:
# an int meeting a float becomes py.int_to_float, a bool used as a number
# py.bool_to_int; operands of one arithmetic op always have one type.

def mixed(i: int, f: float, b: bool) -> float:
    return i + f
# CHECK-LABEL: func.func {{.*}}@py.mixed(%{{.*}}: !py.int, %{{.*}}: !py.float, %{{.*}}: !py.bool) -> !py.float
# CHECK: [[I:%[0-9]+]] = py.load %{{[0-9]+}} : !py.ref<!py.int> -> !py.int
# CHECK-NEXT: [[F:%[0-9]+]] = py.load %{{[0-9]+}} : !py.ref<!py.float> -> !py.float
# CHECK-NEXT: [[IF:%[0-9]+]] = py.int_to_float [[I]]
# CHECK-NEXT: [[R:%[0-9]+]] = py.add [[IF]], [[F]] : !py.float
# CHECK-NEXT: func.return [[R]] : !py.float

def float_left(f: float, i: int) -> float:
    return f * i
# The promoted operand stays on its side.
# CHECK-LABEL: func.func {{.*}}@py.float_left(
# CHECK: [[F:%[0-9]+]] = py.load {{.*}} -> !py.float
# CHECK-NEXT: [[I:%[0-9]+]] = py.load {{.*}} -> !py.int
# CHECK-NEXT: [[IF:%[0-9]+]] = py.int_to_float [[I]]
# CHECK-NEXT: py.mul [[F]], [[IF]] : !py.float

def bool_plus_int(b: bool, i: int) -> int:
    return b + i
# CHECK-LABEL: func.func {{.*}}@py.bool_plus_int(
# CHECK: [[B:%[0-9]+]] = py.load {{.*}} -> !py.bool
# CHECK-NEXT: [[I:%[0-9]+]] = py.load {{.*}} -> !py.int
# CHECK-NEXT: [[BI:%[0-9]+]] = py.bool_to_int [[B]]
# CHECK-NEXT: py.add [[BI]], [[I]] : !py.int
# CHECK-NOT: py.int_to_float
# CHECK: func.return

def bool_times_float(b: bool, f: float) -> float:
    return b * f
# bool → int → float: two conversions.
# CHECK-LABEL: func.func {{.*}}@py.bool_times_float(
# CHECK: [[B:%[0-9]+]] = py.load {{.*}} -> !py.bool
# CHECK-NEXT: [[F:%[0-9]+]] = py.load {{.*}} -> !py.float
# CHECK-NEXT: [[BI:%[0-9]+]] = py.bool_to_int [[B]]
# CHECK-NEXT: [[BF:%[0-9]+]] = py.int_to_float [[BI]]
# CHECK-NEXT: py.mul [[BF]], [[F]] : !py.float

def int_div(a: int, b: int) -> float:
    return a / b
# True division of two ints: no conversion in irgen, the op itself gives a float.
# CHECK-LABEL: func.func {{.*}}@py.int_div(
# CHECK-NOT: py.int_to_float
# CHECK: [[Q:%[0-9]+]] = py.truediv %{{[0-9]+}}, %{{[0-9]+}} : !py.int
# CHECK-NEXT: func.return [[Q]] : !py.float

def neg_bool(b: bool) -> int:
    return -b
# CHECK-LABEL: func.func {{.*}}@py.neg_bool(
# CHECK: [[BI:%[0-9]+]] = py.bool_to_int
# CHECK-NEXT: py.neg [[BI]] : !py.int

def compare_mixed(i: int, f: float) -> bool:
    return i < f
# Comparisons are exact between int and float: no conversion is inserted.
# CHECK-LABEL: func.func {{.*}}@py.compare_mixed(
# CHECK-NOT: py.int_to_float
# CHECK: py.cmp lt, %{{[0-9]+}}, %{{[0-9]+}} : !py.int, !py.float

def pow_negative_literal(n: int) -> float:
    return n ** -2
# int ** (negative literal) is a float in Python: both sides become floats.
# CHECK-LABEL: func.func {{.*}}@py.pow_negative_literal(
# CHECK: [[N:%[0-9]+]] = py.load {{.*}} -> !py.int
# CHECK: [[E:%[0-9]+]] = py.neg %{{[0-9]+}} : !py.int
# CHECK-NEXT: [[NF:%[0-9]+]] = py.int_to_float [[N]]
# CHECK-NEXT: [[EF:%[0-9]+]] = py.int_to_float [[E]]
# CHECK-NEXT: py.pow [[NF]], [[EF]] : !py.float
