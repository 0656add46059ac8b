# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A positional argument after a keyword one is CPython's SyntaxError.

print(end="", 1)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/positional_after_keyword.py:4:15: error: positional argument follows keyword argument
# CHECK-NEXT: {{^}}print(end="", 1){{$}}
# CHECK-NEXT: {{^}}              ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
