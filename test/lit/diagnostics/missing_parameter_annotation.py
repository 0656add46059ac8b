# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A parameter without annotation takes its type from the first call; AIthon
# compiles one version of each function, so a call with another type is refused.

def f(x):
    return x

print(f(1))
print(f(2.5))

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/missing_parameter_annotation.py:9:9: error: argument 'x' of f() must be int, not float (its type comes from the call at line 8: AIthon compiles one version of each function, annotate 'x' to choose)
# CHECK-NEXT: {{^}}print(f(2.5)){{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
