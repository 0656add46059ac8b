# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# The first statement of the file is indented: CPython refuses it
# (comment lines before it do not count).

    print(42)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_indented_first_line.py:5:5: error: unexpected indent
# CHECK-NEXT: {{^}}    print(42){{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
