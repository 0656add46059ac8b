# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# No generators.

def f() -> int:
    yield 1

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_yield.py:5:5: error: generators (yield) are not supported by AIthon yet
# CHECK-NEXT: {{^}}    yield 1{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
