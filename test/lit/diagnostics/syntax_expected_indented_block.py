# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A block header followed by an unindented statement.

x = 1
if x > 0:
print(x)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_expected_indented_block.py:6:1: error: expected an indented block
# CHECK-NEXT: {{^}}print(x){{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
