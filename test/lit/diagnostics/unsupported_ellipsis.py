# XFAIL: *
# BUG: the message reads 'Ellipsis are not supported' (same template problem).
# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# No Ellipsis.

x = ...

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_ellipsis.py:6:5: error: Ellipsis is not supported by AIthon yet
# CHECK-NEXT: {{^}}x = ...{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
