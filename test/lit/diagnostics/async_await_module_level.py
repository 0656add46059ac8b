# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# 'await' at module level, as CPython's SyntaxError says: the module is not a
# coroutine (asyncio.run(main()) is how to start one).

async def work(x: int) -> int:
    return x

r = await work(1)
print(r)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/async_await_module_level.py:8:5: error: 'await' outside function
# CHECK-NEXT: {{^}}r = await work(1){{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
