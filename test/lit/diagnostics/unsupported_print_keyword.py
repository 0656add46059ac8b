# RUN: not %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# RUN: %expect-exit 1 %aithon %s -o %t
# print() knows sep= and end= only.

print(1, file=2)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_print_keyword.py:5:10: error: print() keyword 'file' is not supported yet
# CHECK-NEXT: {{^}}print(1, file=2){{$}}
# CHECK-NEXT: {{^}}         ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
