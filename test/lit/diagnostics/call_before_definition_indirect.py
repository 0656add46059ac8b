# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# The called function is defined, but it calls one that is not yet.

def f() -> int:
    return g()

print(f())

def g() -> int:
    return 1

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/call_before_definition_indirect.py:7:7: error: function 'g' is called before its definition at line 9 (called through 'f')
# CHECK-NEXT: {{^}}print(f()){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
