# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Every parameter needs a type.

def f(x) -> int:
    return x

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/missing_parameter_annotation.py:4:7: error: parameter 'x' of 'f' needs a type annotation (int, float or bool)
# CHECK-NEXT: {{^}}def f(x) -> int:{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
