# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# sep= must be a string literal.

print(1, 2, sep=3)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/print_sep_not_literal.py:4:17: error: print() sep= must be a string literal
# CHECK-NEXT: {{^}}print(1, 2, sep=3){{$}}
# CHECK-NEXT: {{^}}                ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
