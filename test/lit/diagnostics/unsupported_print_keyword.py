# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# print() knows sep= and end= only.

print(1, file=2)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_print_keyword.py:4:10: error: print() keyword 'file' is not supported yet
# CHECK-NEXT: {{^}}print(1, file=2){{$}}
# CHECK-NEXT: {{^}}         ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
