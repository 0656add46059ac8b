# RUN: not %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# RUN: %expect-exit 1 %aithon %s -o %t
# sep= must be a string literal.

print(1, 2, sep=3)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/print_sep_not_literal.py:5:17: error: print() sep= must be a string literal
# CHECK-NEXT: {{^}}print(1, 2, sep=3){{$}}
# CHECK-NEXT: {{^}}                ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
