# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Subscripts index tuples only.

x = 1
y = x[0]

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_subscript.py:5:5: error: subscripts are only supported on tuples yet, not on an int
# CHECK-NEXT: {{^}}y = x[0]{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
