# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Awaiting a function that links would link the caller under CPython.
from aithon import actors

async def linker() -> None:
    actors.link(actors.self())

async def main():
    await linker()

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_await_linking_function.py:9:11: error: 'linker' uses actors.link(), so it must run as its own actor: start it with actors.spawn(linker, ...) (an await would run it as this actor under CPython)
# CHECK-NEXT: {{^}}    await linker(){{$}}
# CHECK-NEXT: {{^}}          ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
