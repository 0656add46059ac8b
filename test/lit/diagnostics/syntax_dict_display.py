# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Dict displays are refused like sets, lists and tuples, not as a syntax error.

x = {1: 2}

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_dict_display.py:4:5: error: dicts are not supported by AIthon yet
# CHECK-NEXT: {{^}}x = {1: 2}{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
