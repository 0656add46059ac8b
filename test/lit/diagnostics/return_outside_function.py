# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# 'return' at module level.

x = 1
return x

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/return_outside_function.py:5:1: error: 'return' outside function
# CHECK-NEXT: {{^}}return x{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
