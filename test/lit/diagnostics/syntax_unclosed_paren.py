# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# An unclosed parenthesis at the end of the file (the error is at the end of
# the file, so the code comes last here).

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_unclosed_paren.py:12:14: error: unexpected end of file
# CHECK-NEXT: {{^}}print((x + 1){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

x = 2
print((x + 1)
