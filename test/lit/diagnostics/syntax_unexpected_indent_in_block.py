# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Over-indentation inside a function body.

def f() -> int:
    x = 1
        y = 2
    return x

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_unexpected_indent_in_block.py:6:9: error: unexpected indent
# CHECK-NEXT: {{^}}        y = 2{{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
