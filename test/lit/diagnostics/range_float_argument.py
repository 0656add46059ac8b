# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# range() takes ints only.

for i in range(0, 10, 0.5):
    print(i)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/range_float_argument.py:4:23: error: range() argument must be an int, not float
# CHECK-NEXT: {{^}}for i in range(0, 10, 0.5):{{$}}
# CHECK-NEXT: {{^}}                      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
