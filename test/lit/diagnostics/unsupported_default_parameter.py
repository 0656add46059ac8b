# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# No default parameter values.

def f(x: int = 1) -> int:
    return x

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_default_parameter.py:4:16: error: default parameter values are not supported yet
# CHECK-NEXT: {{^}}def f(x: int = 1) -> int:{{$}}
# CHECK-NEXT: {{^}}               ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
