# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Actor calls need a running actor: not at module level.
from aithon import actors

me = actors.self()

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_module_level.py:5:6: error: actors.self() is only available while actors run: call it in main() or what main() starts
# CHECK-NEXT: {{^}}me = actors.self(){{$}}
# CHECK-NEXT: {{^}}     ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
