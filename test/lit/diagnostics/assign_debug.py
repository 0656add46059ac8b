# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# __debug__ is a constant: assigning it is CPython's SyntaxError.

__debug__ = 1

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/assign_debug.py:4:1: error: cannot assign to __debug__
# CHECK-NEXT: {{^}}__debug__ = 1{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
