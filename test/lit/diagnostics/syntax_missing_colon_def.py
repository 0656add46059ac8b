# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A 'def' header without its ':'; the error is at the end of the line.

def f(x: int) -> int
    return x

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_missing_colon_def.py:4:21: error: invalid syntax: unexpected end of line
# CHECK-NEXT: {{^}}def f(x: int) -> int{{$}}
# CHECK-NEXT: {{^}}                    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
