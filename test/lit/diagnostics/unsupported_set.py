# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# No sets (a display without ':').

s = {1, 2}

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_set.py:4:5: error: sets are not supported by AIthon yet
# CHECK-NEXT: {{^}}s = {1, 2}{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
