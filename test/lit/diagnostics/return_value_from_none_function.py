# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A '-> None' function returning a value.

def f() -> None:
    return 1

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/return_value_from_none_function.py:5:12: error: returning int from a function declared to return None
# CHECK-NEXT: {{^}}    return 1{{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
