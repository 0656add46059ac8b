# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A dedent to a column that matches no enclosing block.

def f() -> int:
    if True:
        return 1
  return 2

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_unindent_mismatch.py:7:3: error: unindent does not match any outer indentation level
# CHECK-NEXT: {{^}}  return 2{{$}}
# CHECK-NEXT: {{^}}  ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
