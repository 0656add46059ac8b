# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# range() only as a for loop's iterable.

x = range(3)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/range_outside_for.py:4:5: error: range() is only supported as the iterable of a for loop yet
# CHECK-NEXT: {{^}}x = range(3){{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
