# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A module variable read before its assignment.

print(z)
z = 1

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/use_before_assignment_module.py:4:7: error: name 'z' may be used before it is assigned
# CHECK-NEXT: {{^}}print(z){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
