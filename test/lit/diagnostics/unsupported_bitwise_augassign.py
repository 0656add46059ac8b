# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# No '|='.

x = 1
x |= 2

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_bitwise_augassign.py:5:3: error: the operator '|=' is not supported by AIthon yet
# CHECK-NEXT: {{^}}x |= 2{{$}}
# CHECK-NEXT: {{^}}  ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
