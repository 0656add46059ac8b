# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# An async function is only run by awaiting it: a plain call would make a
# coroutine object, which AIthon does not have.

async def f() -> None:
    pass

async def main():
    f()

main()

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_async_def.py:9:5: error: calling the async function 'f' without await is not supported: write 'await f(...)' in an async function, or 'asyncio.run(f(...))' at module level
# CHECK-NEXT: {{^}}    f(){{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
