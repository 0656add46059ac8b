# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# 'global' is refused (module variables are read-only in functions).

count = 0

def inc() -> None:
    global count
    count += 1

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_global.py:7:5: error: global declarations are not supported by AIthon yet
# CHECK-NEXT: {{^}}    global count{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
