# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck %s
# irgen of links, monitors, exits and supervisors: each call is its actor
# op; a reason constant is actor.reason; the fields of an Exit or Down are
# actor.signal_field (also when unpacked); a reason prints with
# actor.print_reason, by repr inside a tuple; each actors.child(...) is an
# actor.child, consumed by actor.supervisor with the options as written.
import asyncio
from aithon import actors
from aithon.actors import Down, Exit, Pid


async def worker(n: int) -> None:
    pass


async def main():
    was = actors.trap_exits(True)
    p = actors.spawn_link(worker, 1)
    actors.link(p)
    actors.unlink(p)
    actors.monitor(p)
    actors.exit(p, actors.SHUTDOWN)
    e = await actors.receive(Exit)
    print(e.reason == actors.NORMAL, (e.reason,))
    pid, why = await actors.receive(Down)
    sup = actors.supervisor(actors.child(worker, 2), actors.child(worker, 3, restart="transient"),
                            strategy="one_for_all", max_restarts=2, within=1)
    q = actors.child_pid(sup, 1)

asyncio.run(main())

# CHECK-LABEL: func.func private @py.main() attributes {py.async} {
# CHECK: [[ON:%[0-9]+]] = py.bool true
# CHECK-NEXT: {{%[0-9]+}} = actor.trap_exits [[ON]] : !py.bool
# CHECK: {{%[0-9]+}} = actor.spawn @py.worker({{%[0-9]+}}) linked : (!py.int) -> !actor.pid
# CHECK: actor.link [[P1:%[0-9]+]] : !actor.pid
# CHECK: actor.unlink [[P2:%[0-9]+]] : !actor.pid
# CHECK: actor.monitor [[P3:%[0-9]+]] : !actor.pid
# CHECK: [[SHUTDOWN:%[0-9]+]] = actor.reason "shutdown" : !actor.reason
# CHECK-NEXT: actor.exit {{%[0-9]+}}, [[SHUTDOWN]] : !actor.pid, !actor.reason
# CHECK: {{%[0-9]+}} = actor.receive as !actor.exit : !actor.exit
# CHECK: [[WHY:%[0-9]+]] = actor.signal_field {{%[0-9]+}} "reason" : !actor.exit -> !actor.reason
# CHECK-NEXT: [[NORMAL:%[0-9]+]] = actor.reason "normal" : !actor.reason
# CHECK-NEXT: {{%[0-9]+}} = py.cmp eq, [[WHY]], [[NORMAL]] : !actor.reason, !actor.reason
# CHECK: py.print_str "("
# CHECK-NEXT: [[ITEM:%[0-9]+]] = py.tuple_get {{%[0-9]+}}[0] : !py.tuple<!actor.reason> -> !actor.reason
# CHECK-NEXT: actor.print_reason [[ITEM]] repr : !actor.reason
# CHECK-NEXT: py.print_str ",)"
# CHECK: [[DOWN:%[0-9]+]] = actor.receive as !actor.down : !actor.down
# CHECK-NEXT: [[PID:%[0-9]+]] = actor.signal_field [[DOWN]] "pid" : !actor.down -> !actor.pid
# CHECK-NEXT: py.store [[PID]], {{%[0-9]+}} : !actor.pid, !py.ref<!actor.pid>
# CHECK-NEXT: [[REASON:%[0-9]+]] = actor.signal_field [[DOWN]] "reason" : !actor.down -> !actor.reason
# CHECK: [[C0:%[0-9]+]] = actor.child @py.worker({{%[0-9]+}}) "permanent" : (!py.int) -> !actor.child
# CHECK: [[C1:%[0-9]+]] = actor.child @py.worker({{%[0-9]+}}) "transient" : (!py.int) -> !actor.child
# CHECK-NEXT: {{%[0-9]+}} = actor.supervisor one_for_all([[C0]], [[C1]]) max_restarts 2 within 1.0 : !actor.pid
# CHECK: {{%[0-9]+}} = actor.child_pid {{%[0-9]+}}[{{%[0-9]+}}] : !actor.pid[!py.int] -> !actor.pid
