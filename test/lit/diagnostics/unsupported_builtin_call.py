# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Python builtins other than print and range are named as unsupported, not as
# undefined names.

x = 1
print(float(x))

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_builtin_call.py:6:7: error: the builtin 'float' is not supported by AIthon yet
# CHECK-NEXT: {{^}}print(float(x)){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
