# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Exceptions cannot be raised.

x = 1
if x > 0:
    raise ValueError

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_raise.py:6:5: error: raise statements (exceptions) are not supported by AIthon yet
# CHECK-NEXT: {{^}}    raise ValueError{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
