# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# An unclosed parenthesis at the end of the file: the error names the bracket
# that is still open, at its position (CPython 3.11: "'(' was never closed").
# The inner '(' is closed, so the outer one is reported.

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_unclosed_paren.py:13:6: error: '(' was never closed
# CHECK-NEXT: {{^}}print((x + 1){{$}}
# CHECK-NEXT: {{^}}     ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

x = 2
print((x + 1)
