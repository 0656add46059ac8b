# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# 'break' outside any loop.

x = 1
if x > 0:
    break

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/break_outside_loop.py:6:5: error: 'break' outside loop
# CHECK-NEXT: {{^}}    break{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
