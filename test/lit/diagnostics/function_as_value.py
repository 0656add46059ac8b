# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Functions are not first-class values.

def f() -> int:
    return 1

x = f

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/function_as_value.py:7:5: error: functions are not values yet: call 'f(...)'
# CHECK-NEXT: {{^}}x = f{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
