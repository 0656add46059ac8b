# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# 'a **= -1' is 'a = a ** -1', a float (0.5) for an int 'a': the int variable
# would change type, so it is refused like 'a /= 2'.

a = 2
a **= -1
print(a)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/augassign_pow_negative_literal.py:6:3: error: variable 'a' has type int; assigning a float would change its type
# CHECK-NEXT: {{^}}a **= -1{{$}}
# CHECK-NEXT: {{^}}  ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
