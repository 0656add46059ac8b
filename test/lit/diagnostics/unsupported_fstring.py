# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# No f-strings.

x = 1
print(f"x is {x}")

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_fstring.py:5:7: error: f-strings are not supported by AIthon yet
# CHECK-NEXT: {{^}}print(f"x is {x}"){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
