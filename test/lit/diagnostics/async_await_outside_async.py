# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# 'await' in a plain def, as CPython's SyntaxError says.

async def work(x: int) -> int:
    return x

def f() -> int:
    return await work(1)

print(f())

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/async_await_outside_async.py:8:12: error: 'await' outside async function
# CHECK-NEXT: {{^}}    return await work(1){{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
