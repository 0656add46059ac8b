# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# No lists.

xs = [1, 2, 3]

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_list.py:4:6: error: lists are not supported by AIthon yet
# CHECK-NEXT: {{^}}xs = [1, 2, 3]{{$}}
# CHECK-NEXT: {{^}}     ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
