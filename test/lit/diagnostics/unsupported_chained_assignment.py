# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# No 'a = b = c'.

a = b = 1

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_chained_assignment.py:4:1: error: chained assignment (a = b = c) is not supported by AIthon yet
# CHECK-NEXT: {{^}}a = b = 1{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
