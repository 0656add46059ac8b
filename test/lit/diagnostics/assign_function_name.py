# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# At module level a function's name cannot be rebound (inside a function,
# the same assignment makes a local that shadows it: functions_shadowing_names.py).

def step(x: int) -> int:
    return x + 1

step = 3

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/assign_function_name.py:8:1: error: cannot assign to 'step': it names a function or type
# CHECK-NEXT: {{^}}step = 3{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
