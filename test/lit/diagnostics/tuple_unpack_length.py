# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Unpacking needs as many names as the tuple has items.
a, b, c = 1, 2

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/tuple_unpack_length.py:3:11: error: cannot unpack a tuple of 2 into 3 names
# CHECK-NEXT: {{^}}a, b, c = 1, 2{{$}}
# CHECK-NEXT: {{^}}          ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
