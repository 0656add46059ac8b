# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# No lambdas.

x = 1
f = lambda y: y + 1

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_lambda.py:5:5: error: lambda expressions are not supported by AIthon yet
# CHECK-NEXT: {{^}}f = lambda y: y + 1{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
