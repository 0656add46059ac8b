# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Calls with keyword arguments are not supported yet.

def f(a: int, b: int) -> int:
    return a - b

print(f(b=1, a=2))

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/keyword_arguments.py:7:9: error: keyword arguments are not supported yet
# CHECK-NEXT: {{^}}print(f(b=1, a=2)){{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
