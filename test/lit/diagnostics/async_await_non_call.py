# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# AIthon awaits only a direct call of an async function: here the function
# itself (the call is missing), which has no coroutine object to await.

async def work(x: int) -> int:
    return x

async def main():
    r = await work
    print(r)

main()

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/async_await_non_call.py:9:15: error: AIthon can only await a call of an async function (await f(...))
# CHECK-NEXT: {{^}}    r = await work{{$}}
# CHECK-NEXT: {{^}}              ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
