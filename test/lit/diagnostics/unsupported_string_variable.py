# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Strings exist only as print() arguments.

s = "hello"
print(s)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_string_variable.py:4:5: error: strings are only supported as arguments of print() yet
# CHECK-NEXT: {{^}}s = "hello"{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
