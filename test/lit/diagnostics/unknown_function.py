# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A call of a function that does not exist.

x = 1
print(foo(x))

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unknown_function.py:5:7: error: name 'foo' is not defined
# CHECK-NEXT: {{^}}print(foo(x)){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
