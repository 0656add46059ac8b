# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Functions must be defined at module level.

def f() -> int:
    def g() -> int:
        return 1
    return g()

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/nested_function.py:5:5: error: functions must be defined at module level (nested or conditional 'def' is not supported yet)
# CHECK-NEXT: {{^}}    def g() -> int:{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
