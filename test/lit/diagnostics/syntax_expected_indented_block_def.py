# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A function header followed by an unindented statement.

def f() -> None:
print(1)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_expected_indented_block_def.py:5:1: error: expected an indented block
# CHECK-NEXT: {{^}}print(1){{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
