# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A character that is not part of Python's syntax.

x = 1 $ 2

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_invalid_character.py:4:7: error: invalid character '$'
# CHECK-NEXT: {{^}}x = 1 $ 2{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
