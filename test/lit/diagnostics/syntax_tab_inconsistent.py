# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A block indented with spaces, then a line indented with a tab: whether it
# belongs to the block depends on the tab size, so CPython raises TabError.

def f(x: int) -> int:
    if x > 0:
	return 1
    return 2

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_tab_inconsistent.py:7:1: error: inconsistent use of tabs and spaces in indentation
# CHECK-NEXT: {{^}}	return 1{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
