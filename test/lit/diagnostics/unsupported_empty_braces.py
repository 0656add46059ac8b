# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# `{}` is an empty dict in Python, not a set.

d = {}

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_empty_braces.py:4:5: error: dicts are not supported by AIthon yet
# CHECK-NEXT: {{^}}d = {}{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
