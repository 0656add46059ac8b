# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A statement indented for no reason, after an unindented one.

x = 1
    y = 2
print(x)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_unexpected_indent.py:5:5: error: unexpected indent
# CHECK-NEXT: {{^}}    y = 2{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
