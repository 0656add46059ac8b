# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A value of the wrong type for the variable's annotation.

x: int = 2.5

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/annotation_mismatch.py:4:10: error: cannot assign a value of type float to 'x' annotated int
# CHECK-NEXT: {{^}}x: int = 2.5{{$}}
# CHECK-NEXT: {{^}}         ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
