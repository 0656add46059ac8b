# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A call with more arguments than parameters.

def one(a: int) -> int:
    return a

print(one(1, 2))

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/wrong_arity_too_many.py:7:7: error: one() takes 1 argument but 2 were given
# CHECK-NEXT: {{^}}print(one(1, 2)){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
