# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# The caret line keeps the source's tabs so it lines up under the name.

def f() -> int:
	return 1 + undefined_thing

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unknown_name_tab_indent.py:5:13: error: name 'undefined_thing' is not defined
# CHECK-NEXT: {{^}}	return 1 + undefined_thing{{$}}
# CHECK-NEXT: {{^}}	           ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
