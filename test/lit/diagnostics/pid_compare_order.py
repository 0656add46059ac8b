# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Pids compare by == and != only.
from aithon import actors

async def main():
    me = actors.self()
    print(me < me)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/pid_compare_order.py:7:11: error: a Pid compares only with another Pid, by == or != (here Pid < Pid)
# CHECK-NEXT: {{^}}    print(me < me){{$}}
# CHECK-NEXT: {{^}}          ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
