# RUN: not %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# RUN: %expect-exit 1 %aithon %s -o %t
# Functions are not first-class values.

def f() -> int:
    return 1

x = f

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/function_as_value.py:8:5: error: functions are not values yet: call 'f(...)'
# CHECK-NEXT: {{^}}x = f{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
