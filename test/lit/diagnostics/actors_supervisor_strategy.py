# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Strategies are checked at compile time.
from aithon import actors

async def worker(n: int) -> None:
    pass

async def main():
    actors.supervisor(actors.child(worker, 1), strategy="rest_for_one")

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_supervisor_strategy.py:9:57: error: strategy= is one of 'one_for_one', 'one_for_all', written as a string literal
# CHECK-NEXT: {{^}}    actors.supervisor(actors.child(worker, 1), strategy="rest_for_one"){{$}}
# CHECK-NEXT: {{^}}                                                        ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
