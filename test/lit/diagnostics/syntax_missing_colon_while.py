# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A 'while' header without its ':'.

n = 3
while n > 0
    n -= 1

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_missing_colon_while.py:5:12: error: invalid syntax: unexpected end of line
# CHECK-NEXT: {{^}}while n > 0{{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
