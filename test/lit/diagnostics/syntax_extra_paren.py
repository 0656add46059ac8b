# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A closing parenthesis without its opening one.

x = 1 + 2)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_extra_paren.py:4:10: error: invalid syntax: unexpected ')'
# CHECK-NEXT: {{^}}x = 1 + 2){{$}}
# CHECK-NEXT: {{^}}         ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
