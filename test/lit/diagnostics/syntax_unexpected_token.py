# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Two binary operators in a row: the second one is the unexpected token.

x = 1
y = x +* 2
print(y)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_unexpected_token.py:5:8: error: invalid syntax: unexpected '*'
# CHECK-NEXT: {{^}}y = x +* 2{{$}}
# CHECK-NEXT: {{^}}       ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
