# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Both branches of 'a if c else b' must have one type.

x = 1 if True else 2.0

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/conditional_expression_types.py:4:20: error: both branches of a conditional expression must have one type (here int and float)
# CHECK-NEXT: {{^}}x = 1 if True else 2.0{{$}}
# CHECK-NEXT: {{^}}                   ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
