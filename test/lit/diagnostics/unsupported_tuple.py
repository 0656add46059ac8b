# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# No tuples.

x = 1
pair = (x, 2)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_tuple.py:5:8: error: tuples are not supported by AIthon yet
# CHECK-NEXT: {{^}}pair = (x, 2){{$}}
# CHECK-NEXT: {{^}}       ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
