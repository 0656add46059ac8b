# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A function reads a name that is assigned nowhere.

def f() -> int:
    return y + 1

print(f())

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unknown_name.py:5:12: error: name 'y' is not defined
# CHECK-NEXT: {{^}}    return y + 1{{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
