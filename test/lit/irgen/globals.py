# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck %s
# Module variables are py.global symbols.  Module code reads them unchecked
# (irgen proves they are assigned).  A function reads a variable unchecked
# only if it is assigned before the first top-level statement that calls a
# user function; otherwise the load is {checked} (NameError if unassigned).

rate = 2.5
limit = 10

def early() -> float:
    return rate * limit

print(early())
late = 3

def uses_late() -> int:
    return late + limit

print(uses_late(), late)

# CHECK: builtin.module {
# CHECK-DAG: py.global @py.rate : !py.float
# CHECK-DAG: py.global @py.limit : !py.int
# CHECK-DAG: py.global @py.late : !py.int
# CHECK-LABEL: func.func @aithon_module_main() {
# CHECK: [[R:%[0-9]+]] = py.float 2.5
# CHECK-NEXT: py.global_store [[R]], @py.rate : !py.float
# CHECK-NEXT: [[L:%[0-9]+]] = py.int 10
# CHECK-NEXT: py.global_store [[L]], @py.limit : !py.int
# CHECK-NEXT: func.call @py.early() : () -> !py.float
# CHECK: py.global_store {{%[0-9]+}}, @py.late : !py.int
# Module code never needs a check.
# CHECK-NOT: {checked}
# CHECK: py.global_load @py.late : !py.int
# CHECK-NOT: {checked}
# CHECK: func.return

# CHECK-LABEL: func.func {{.*}}@py.early() -> !py.float {
# CHECK-NEXT: [[RATE:%[0-9]+]] = py.global_load @py.rate : !py.float
# CHECK-NEXT: [[LIM:%[0-9]+]] = py.global_load @py.limit : !py.int
# CHECK-NEXT: [[LF:%[0-9]+]] = py.int_to_float [[LIM]]
# CHECK-NEXT: py.mul [[RATE]], [[LF]] : !py.float

# CHECK-LABEL: func.func {{.*}}@py.uses_late() -> !py.int {
# CHECK-NEXT: py.global_load @py.late {checked} : !py.int
# CHECK-NEXT: py.global_load @py.limit : !py.int
# CHECK-NEXT: py.add
