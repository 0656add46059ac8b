# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A module-level call of a function whose 'def' has not run yet (NameError in CPython).

print(g(1))

def g(x: int) -> int:
    return x

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/call_before_definition.py:4:7: error: function 'g' is called before its definition at line 6
# CHECK-NEXT: {{^}}print(g(1)){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
