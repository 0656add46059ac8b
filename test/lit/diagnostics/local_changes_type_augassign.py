# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# '/=' makes a float: the int variable would change type.

def f() -> int:
    n = 10
    n /= 4
    return n

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/local_changes_type_augassign.py:6:7: error: variable 'n' has type int; assigning a float would change its type
# CHECK-NEXT: {{^}}    n /= 4{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
