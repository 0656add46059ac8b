# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Exceptions cannot be caught.

x = 1
try:
    x = 2
except:
    pass

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_try.py:5:1: error: try statements (exceptions) are not supported by AIthon yet
# CHECK-NEXT: {{^}}try:{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
