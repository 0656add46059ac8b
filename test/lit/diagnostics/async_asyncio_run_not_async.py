# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# asyncio.run() takes a coroutine: the call of a plain def gives None here,
# which CPython rejects at run time (ValueError).

import asyncio

def main() -> None:
    print("hello")

asyncio.run(main())

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/async_asyncio_run_not_async.py:10:13: error: asyncio.run() needs a call of an async function here (asyncio.run(main()))
# CHECK-NEXT: {{^}}asyncio.run(main()){{$}}
# CHECK-NEXT: {{^}}            ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
