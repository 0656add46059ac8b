# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A triple-quoted string that never ends runs to the end of the file; CPython
# reports it at its opening quotes (the prefix included) and the last line.

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_unterminated_triple_quoted.py:12:7: error: unterminated triple-quoted string literal (detected at line 13)
# CHECK-NEXT: {{^}}print(r"""hello{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}

x = 1
print(r"""hello
x = 2
