# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A name assigned in a function is local everywhere in it (UnboundLocalError in CPython).

x = 1

def f() -> int:
    y = x
    x = 2
    return y

print(f())

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/local_shadows_global.py:7:9: error: local variable 'x' may be used before it is assigned
# CHECK-NEXT: {{^}}    y = x{{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
