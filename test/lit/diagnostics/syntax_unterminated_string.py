# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A string literal whose closing quote is missing (CPython: 'unterminated string literal').

print("hello)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_unterminated_string.py:4:7: error: unterminated string literal (detected at line 4)
# CHECK-NEXT: {{^}}print("hello){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
