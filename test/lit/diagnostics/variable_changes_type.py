# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A module variable first bound to an int, then to a float.

x = 1
print(x)
x = 2.5

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/variable_changes_type.py:6:1: error: variable 'x' has type int; assigning a float would change its type
# CHECK-NEXT: {{^}}x = 2.5{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
