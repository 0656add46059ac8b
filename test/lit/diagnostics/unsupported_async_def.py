# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# No async functions.

async def f() -> None:
    pass

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_async_def.py:4:1: error: async functions (actors arrive with the actor runtime) are not supported by AIthon yet
# CHECK-NEXT: {{^}}async def f() -> None:{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
