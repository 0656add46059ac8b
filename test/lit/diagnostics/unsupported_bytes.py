# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# No bytes literals.

print(b"abc")

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_bytes.py:4:7: error: bytes literals are not supported by AIthon yet
# CHECK-NEXT: {{^}}print(b"abc"){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
