# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# The same function defined twice.

def f() -> int:
    return 1

def f() -> int:
    return 2

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/duplicate_function.py:7:1: error: function 'f' is defined twice
# CHECK-NEXT: {{^}}def f() -> int:{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
