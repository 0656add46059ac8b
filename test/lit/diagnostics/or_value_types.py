# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# 'or' used as a value needs operands of one type.

x = 1 or 2.0

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/or_value_types.py:4:10: error: operands of 'or' used as a value must have one type (here int and float)
# CHECK-NEXT: {{^}}x = 1 or 2.0{{$}}
# CHECK-NEXT: {{^}}         ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
