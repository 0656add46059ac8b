# RUN: not %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# RUN: %expect-exit 1 %aithon %s -o %t
# No lists.

xs = [1, 2, 3]

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_list.py:5:6: error: lists are not supported by AIthon yet
# CHECK-NEXT: {{^}}xs = [1, 2, 3]{{$}}
# CHECK-NEXT: {{^}}     ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
