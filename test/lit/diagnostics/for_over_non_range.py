# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Only range() can be iterated.

for i in [1, 2]:
    print(i)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/for_over_non_range.py:4:10: error: only 'for ... in range(...)' loops are supported yet
# CHECK-NEXT: {{^}}for i in [1, 2]:{{$}}
# CHECK-NEXT: {{^}}         ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
