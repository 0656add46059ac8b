# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A result without annotation is the type of the function's first return;
# a recursive call met before any return cannot be typed.

def f(x: int):
    if x > 0:
        return f(x - 1) + 1
    return 0

print(f(3))

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/missing_result_annotation.py:7:16: error: cannot infer the result type of 'f' here: it is used before any of its returns; annotate it (-> int, -> float, ...)
# CHECK-NEXT: {{^}}        return f(x - 1) + 1{{$}}
# CHECK-NEXT: {{^}}               ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
