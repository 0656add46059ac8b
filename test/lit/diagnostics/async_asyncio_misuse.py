# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Of asyncio, only asyncio.run(main()) at module level is supported.

import asyncio

async def main():
    asyncio.sleep(1)
    print("done")

asyncio.run(main())

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/async_asyncio_misuse.py:7:5: error: 'asyncio.sleep' is not supported by AIthon yet: only asyncio.run(main()) at module level is
# CHECK-NEXT: {{^}}    asyncio.sleep(1){{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
