# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Tuples are values, but comparing them is not supported yet.

x = 1
same = (x, 2) == (1, 2)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_tuple_compare.py:5:8: error: comparing tuples is not supported by AIthon yet
# CHECK-NEXT: {{^}}same = (x, 2) == (1, 2){{$}}
# CHECK-NEXT: {{^}}       ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
