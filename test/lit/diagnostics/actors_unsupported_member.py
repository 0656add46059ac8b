# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Links and supervisors run under CPython only, for now.
from aithon import actors

async def main():
    actors.link(actors.self())

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_unsupported_member.py:6:5: error: actors.link() is not supported by the compiler yet (a program using it runs under CPython only)
# CHECK-NEXT: {{^}}    actors.link(actors.self()){{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
