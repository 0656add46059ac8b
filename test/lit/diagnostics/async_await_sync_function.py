# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Only an async function can be awaited: awaiting a plain def's result
# (an int here) is a TypeError in CPython; AIthon refuses it at compile time.

def work(x: int) -> int:
    return x

async def main():
    r = await work(1)
    print(r)

main()

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/async_await_sync_function.py:9:15: error: 'work' is not an async function: call it without await
# CHECK-NEXT: {{^}}    r = await work(1){{$}}
# CHECK-NEXT: {{^}}              ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
