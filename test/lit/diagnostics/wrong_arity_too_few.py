# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A call with fewer arguments than parameters.

def add(a: int, b: int) -> int:
    return a + b

print(add(1))

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/wrong_arity_too_few.py:7:7: error: add() takes 2 arguments but 1 was given
# CHECK-NEXT: {{^}}print(add(1)){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
