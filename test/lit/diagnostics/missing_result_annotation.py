# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A function returning a value needs a result annotation.

def f(x: int):
    return x

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/missing_result_annotation.py:4:1: error: function 'f' returns a value: annotate its result type (-> int, -> float, ...)
# CHECK-NEXT: {{^}}def f(x: int):{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
