# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck %s
# irgen of the aithon.actors calls and of tuples: spawn is an actor.spawn that
# is not monitored (nobody awaits it), self/send/receive are their actor ops
# with the message's Python type, a timeout is a float number of seconds,
# `n, x = t` reads the items with py.tuple_get, and printing a tuple prints
# its punctuation and items one by one.
import asyncio
import aithon.actors as actors
from aithon.actors import Pid, receive


async def worker(parent: Pid, scale: float) -> None:
    n, x = await receive(tuple[int, float])
    actors.send(parent, (n, x * scale, actors.self()))


async def main():
    w = actors.spawn(worker, actors.self(), 2.0)
    actors.send(w, (2, 0.5))
    reply = await actors.receive(tuple[int, float, Pid], timeout=1, default=(0, 0.0, w))
    print(reply[0], (reply[1],))

asyncio.run(main())

# CHECK-LABEL: func.func private @py.worker(%0: !actor.pid, %1: !py.float) attributes {py.async} {
# CHECK: [[T:%[0-9]+]] = actor.receive as !py.tuple<!py.int, !py.float> : !py.tuple<!py.int, !py.float>
# CHECK-NEXT: [[N:%[0-9]+]] = py.tuple_get [[T]][0] : !py.tuple<!py.int, !py.float> -> !py.int
# CHECK-NEXT: py.store [[N]], {{%[0-9]+}} : !py.int, !py.ref<!py.int>
# CHECK-NEXT: [[X:%[0-9]+]] = py.tuple_get [[T]][1] : !py.tuple<!py.int, !py.float> -> !py.float
# CHECK: [[ME:%[0-9]+]] = actor.self : !actor.pid
# CHECK-NEXT: [[M:%[0-9]+]] = py.tuple {{%[0-9]+}}, {{%[0-9]+}}, [[ME]] : !py.tuple<!py.int, !py.float, !actor.pid>
# CHECK-NEXT: actor.send {{%[0-9]+}}, [[M]] as !py.tuple<!py.int, !py.float, !actor.pid> : !actor.pid, !py.tuple<!py.int, !py.float, !actor.pid>

# CHECK-LABEL: func.func private @py.main() attributes {py.async} {
# CHECK: [[SELF:%[0-9]+]] = actor.self : !actor.pid
# CHECK-NEXT: [[SCALE:%[0-9]+]] = py.float 2.0
# CHECK-NEXT: [[W:%[0-9]+]] = actor.spawn @py.worker([[SELF]], [[SCALE]]) : (!actor.pid, !py.float) -> !actor.pid
# An int timeout becomes a float; the default has the received type.
# CHECK: [[ONE:%[0-9]+]] = py.int 1
# CHECK-NEXT: [[SECS:%[0-9]+]] = py.int_to_float [[ONE]]{{$}}
# CHECK: [[D:%[0-9]+]] = py.tuple {{.*}} : !py.tuple<!py.int, !py.float, !actor.pid>
# CHECK-NEXT: {{%[0-9]+}} = actor.receive as !py.tuple<!py.int, !py.float, !actor.pid> timeout [[SECS]] : !py.float default [[D]] : !py.tuple<!py.int, !py.float, !actor.pid>
# Printing the one-tuple (reply[1],): "(", the item, ",)".
# CHECK: py.print_str "("
# CHECK-NEXT: [[ITEM:%[0-9]+]] = py.tuple_get {{%[0-9]+}}[0] : !py.tuple<!py.float> -> !py.float
# CHECK-NEXT: py.print [[ITEM]] : !py.float
# CHECK-NEXT: py.print_str ",)"
