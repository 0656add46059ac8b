# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A keyword used as an assignment target.

if = 3

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_keyword_as_name.py:4:4: error: invalid syntax: unexpected '='
# CHECK-NEXT: {{^}}if = 3{{$}}
# CHECK-NEXT: {{^}}   ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
