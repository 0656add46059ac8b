# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# An int passed to a bool parameter.

def neg(b: bool) -> bool:
    return not b

print(neg(1))

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/argument_int_for_bool.py:7:11: error: argument 'b' of neg() must be bool, not int
# CHECK-NEXT: {{^}}print(neg(1)){{$}}
# CHECK-NEXT: {{^}}          ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
