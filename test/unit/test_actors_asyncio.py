"""aithon/actors.py: the actor API on asyncio behaves as docs/actors.md says."""

import asyncio
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from aithon import actors
from aithon.actors import Down, Exit, Pid

REPO = Path(__file__).resolve().parents[2]


def run(main, *args):
    """Runs main(*args) as the main actor and returns its result."""
    return asyncio.run(main(*args))


def run_program(source: str) -> subprocess.CompletedProcess:
    """Runs a whole program under CPython, for what only a process shows."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-c", textwrap.dedent(source)],
                          capture_output=True, text=True, env=env, timeout=30)


async def crash():
    1 / 0


async def idle():
    await actors.receive(int)


async def echo():
    while True:
        sender, n = await actors.receive(tuple[Pid, int])
        actors.send(sender, n + 1)


# --- messages ----------------------------------------------------------------

def test_ping_pong():
    async def main():
        pong = actors.spawn(echo)
        n = 0
        for _ in range(5):
            actors.send(pong, (actors.self(), n))
            n = await actors.receive(int)
        return n, pong
    n, pong = run(main)
    assert n == 5 and repr(pong).startswith("<Pid ") and str(pong) == repr(pong)


def test_doc_example(capsys):
    async def doubler(parent):
        while True:
            n = await actors.receive(int)
            if n < 0:
                return
            actors.send(parent, (n, n * 2))

    async def main():
        d = actors.spawn(doubler, actors.self())
        for i in range(3):
            actors.send(d, i)
            n, twice = await actors.receive(tuple[int, int])
            print(n, twice)
        actors.send(d, -1)
    run(main)
    assert capsys.readouterr() == ("0 0\n1 2\n2 4\n", "")


def test_selective_receive_keeps_other_messages_in_order():
    async def main():
        me = actors.self()
        for msg in (1, 2.5, 2, True, (1, 2), 3, 0.5, me):
            actors.send(me, msg)
        got = [await actors.receive(float), await actors.receive(Pid)]
        got += [await actors.receive(int) for _ in range(3)]
        got += [await actors.receive(bool), await actors.receive(tuple[int, int])]
        got.append(await actors.receive(float))
        return got, me
    got, me = run(main)
    assert got == [2.5, me, 1, 2, 3, True, (1, 2), 0.5]


def test_types_are_exact():
    async def main():
        me = actors.self()
        for msg in (True, 1, 1.0, (1, 2, 3), (1, 2.0), (1, 2), (1, (2.0, False))):
            actors.send(me, msg)
        return [
            await actors.receive(int),
            await actors.receive(bool),
            await actors.receive(float),
            await actors.receive(tuple[int, int]),
            await actors.receive(tuple[int, int, int]),
            await actors.receive(tuple[int, float]),
            await actors.receive(tuple[int, tuple[float, bool]]),
            await actors.receive(int, timeout=0, default=-1),
        ]
    got = run(main)
    assert got == [1, True, 1.0, (1, 2), (1, 2, 3), (1, 2.0), (1, (2.0, False)), -1]
    assert [type(v) for v in got[:3]] == [int, bool, float]


def test_timeouts():
    async def main():
        actors.send(actors.self(), 7)
        looked = await actors.receive(int, timeout=0)
        waited = await actors.receive(int, timeout=0.01, default=-1)
        with pytest.raises(TimeoutError, match=r"^receive\(\) timed out$"):
            await actors.receive(float, timeout=0.01)
        return looked, waited
    assert run(main) == (7, -1)


def test_timeout_ends_an_actor_like_an_error():
    async def waiter():
        await actors.receive(int, timeout=0.01)

    async def main():
        actors.monitor(actors.spawn(waiter))
        return str((await actors.receive(Down)).reason)
    assert run(main) == "TimeoutError: receive() timed out"


def test_send_to_an_ended_actor_is_dropped():
    async def quick():
        pass

    async def main():
        pid = actors.spawn(quick)
        actors.monitor(pid)
        down = await actors.receive(Down)
        actors.send(pid, 1)  # no error, nobody hears of it
        return down, pid
    down, pid = run(main)
    assert down.pid == pid and down.reason == actors.NORMAL


def test_bad_messages_and_types_raise_type_error():
    async def main():
        me = actors.self()
        with pytest.raises(TypeError) as e:
            actors.send(me, "hello")
        assert str(e.value) == ("actors.send: a message is an int, float, bool, Pid "
                                "or a tuple of these, not str")
        with pytest.raises(TypeError, match="not list$"):
            actors.send(me, (1, [2]))
        with pytest.raises(TypeError, match="not Exit$"):
            actors.send(me, Exit(me, actors.NORMAL))
        with pytest.raises(TypeError, match="default must have type"):
            await actors.receive(int, timeout=0, default=None)
        for bad in (str, tuple, list[int], tuple[int, str], tuple[Exit]):
            with pytest.raises(TypeError):
                await actors.receive(bad, timeout=0)
        with pytest.raises(TypeError):
            await actors.receive(int, timeout=0, default=1.5)
        with pytest.raises(TypeError):
            actors.spawn(print, 1)
        assert len(me._actor.mailbox) == 0
    run(main)


def test_exit_and_down_are_not_plain_tuples():
    async def main():
        actors.trap_exits(True)
        pid = actors.spawn_link(crash)
        actors.monitor(pid)
        actors.send(actors.self(), (pid, 1))
        got = await actors.receive(tuple[Pid, int])
        ex = await actors.receive(Exit)
        down = await actors.receive(Down)
        plain = await actors.receive(tuple[Pid, Pid], timeout=0, default=(pid, pid))
        return got, ex, down, plain, pid
    got, ex, down, plain, pid = run(main)
    assert got == (pid, 1) and plain == (pid, pid)
    assert ex.pid == pid == down.pid and ex.reason == down.reason
    assert str(ex.reason) == "ZeroDivisionError: division by zero"


# --- links, monitors and exits -----------------------------------------------

def test_an_abnormal_end_kills_linked_actors(capsys):
    async def middle():
        actors.spawn_link(crash)
        await actors.receive(int)

    async def main():
        pid = actors.spawn(middle)
        actors.monitor(pid)
        down = await actors.receive(Down)
        return down.pid == pid, str(down.reason)
    assert run(main) == (True, "ZeroDivisionError: division by zero")
    assert capsys.readouterr().err == ""  # both were watched


def test_a_normal_end_does_not_kill_linked_actors():
    async def quick():
        pass

    async def middle(parent):
        actors.spawn_link(quick)
        await asyncio.sleep(0.01)
        actors.send(parent, 42)

    async def main():
        actors.spawn(middle, actors.self())
        return await actors.receive(int, timeout=1)
    assert run(main) == 42


def test_trapped_exits_arrive_as_messages():
    async def quick():
        pass

    async def main():
        assert actors.trap_exits(True) is False
        bad, good = actors.spawn_link(crash), actors.spawn_link(quick)
        got = {}
        for _ in range(2):
            ex = await actors.receive(Exit)
            got[ex.pid] = str(ex.reason)
        assert actors.trap_exits(False) is True
        return got == {bad: "ZeroDivisionError: division by zero", good: "normal"}
    assert run(main)


def test_unlink_stops_the_signal():
    async def main():
        pid = actors.spawn_link(crash)
        actors.unlink(pid)
        actors.monitor(pid)
        return str((await actors.receive(Down)).reason)
    assert run(main) == "ZeroDivisionError: division by zero"


def test_monitor_down_and_noproc():
    async def quick():
        pass

    async def main():
        pid = actors.spawn(quick)
        actors.monitor(pid)
        first = await actors.receive(Down)
        actors.monitor(pid)  # already gone
        second = await actors.receive(Down, timeout=0)
        return first, second, pid
    first, second, pid = run(main)
    assert first == (pid, actors.NORMAL) and second == (pid, actors.NOPROC)
    assert str(second.reason) == "noproc"


def test_link_to_an_ended_actor_gives_noproc():
    async def quick():
        pass

    async def main():
        pid = actors.spawn(quick)
        actors.monitor(pid)
        await actors.receive(Down)
        actors.trap_exits(True)
        actors.link(pid)
        return await actors.receive(Exit, timeout=0), pid
    ex, pid = run(main)
    assert ex.pid == pid and ex.reason == actors.NOPROC


def test_exit_signals():
    async def trapper():
        actors.trap_exits(True)
        await actors.receive(int)

    async def main():
        actors.trap_exits(True)
        killed = actors.spawn_link(trapper)
        ignoring, stopped = actors.spawn(idle), actors.spawn(idle)
        for pid in (ignoring, stopped):
            actors.monitor(pid)
        await asyncio.sleep(0)
        actors.exit(killed, actors.KILL)       # cannot be trapped
        actors.exit(ignoring, actors.NORMAL)   # ignored: it does not trap
        actors.exit(stopped, actors.SHUTDOWN)
        ex = await actors.receive(Exit)
        down = await actors.receive(Down)
        with pytest.raises(TimeoutError):  # `ignoring` is still running
            await actors.receive(Down, timeout=0.02)
        return ex.pid == killed, str(ex.reason), down.pid == stopped, str(down.reason)
    assert run(main) == (True, "killed", True, "shutdown")


def test_reasons_compare_and_print_as_text():
    assert actors.Reason("normal") == actors.NORMAL != actors.KILLED
    assert [str(r) for r in (actors.NORMAL, actors.KILL, actors.KILLED,
                             actors.SHUTDOWN, actors.NOPROC)] == \
        ["normal", "kill", "killed", "shutdown", "noproc"]
    error = ValueError("bad")
    reason = actors.Reason.of(error)
    assert str(reason) == "ValueError: bad" and reason.exception is error
    assert str(actors.Reason.of(KeyError())) == "KeyError"


# --- supervisors -------------------------------------------------------------

async def worker(tag, parent, crashes):
    """Announces each start; crashes on its first `crashes` runs."""
    starts[tag] = starts.get(tag, 0) + 1
    actors.send(parent, (tag, actors.self()))
    if starts[tag] <= crashes:
        1 / 0
    await actors.receive(int)

starts: dict = {}


async def announced(n):
    """The next n (tag, pid) announcements, by tag."""
    got = {}
    for _ in range(n):
        tag, pid = await actors.receive(tuple[int, Pid], timeout=1)
        got.setdefault(tag, []).append(pid)
    return got


def test_one_for_one_restarts_the_failed_child_alone(capsys):
    starts.clear()

    async def main():
        me = actors.self()
        sup = actors.supervisor(actors.child(worker, 0, me, 1), actors.child(worker, 1, me, 0))
        got = await announced(3)
        assert await actors.receive(tuple[int, Pid], timeout=0.02, default=(-1, me)) == (-1, me)
        return sup, got, actors.child_pid(sup, 0), actors.child_pid(sup, 1)
    sup, got, now0, now1 = run(main)
    assert len(got[0]) == 2 and got[0][0] != got[0][1] == now0
    assert got[1] == [now1]
    assert capsys.readouterr().err == \
        f"supervisor {sup}: child 0 failed: ZeroDivisionError: division by zero\n"


def test_one_for_all_restarts_every_child():
    starts.clear()

    async def main():
        me = actors.self()
        sup = actors.supervisor(actors.child(worker, 0, me, 0), actors.child(worker, 1, me, 1),
                                strategy="one_for_all")
        got = await announced(4)
        return got, [actors.child_pid(sup, i) for i in (0, 1)]
    got, now = run(main)
    assert len(got[0]) == len(got[1]) == 2
    assert [pids[-1] for pids in (got[0], got[1])] == now
    assert got[0][0] != now[0]


def test_transient_and_temporary_children(capsys):
    starts.clear()

    async def quick(tag, parent):
        starts[tag] = starts.get(tag, 0) + 1
        actors.send(parent, (tag, actors.self()))

    async def main():
        me = actors.self()
        actors.supervisor(
            actors.child(quick, 0, me, restart="transient"),       # normal end: stays down
            actors.child(worker, 1, me, 1, restart="transient"),   # crash: restarted
            actors.child(worker, 2, me, 1, restart="temporary"),   # crash: stays down
        )
        got = await announced(4)
        assert await actors.receive(tuple[int, Pid], timeout=0.02, default=(-1, me)) == (-1, me)
        return got
    got = run(main)
    assert {tag: len(pids) for tag, pids in got.items()} == {0: 1, 1: 2, 2: 1}
    assert capsys.readouterr().err.count("failed") == 1


def test_supervisor_stops_its_children_when_its_starter_ends():
    async def starter(parent):
        sup = actors.supervisor(actors.child(idle), actors.child(idle))
        actors.send(parent, (sup, actors.child_pid(sup, 0), actors.child_pid(sup, 1)))
        await actors.receive(bool)  # until the parent monitors them all

    async def main():
        starter_pid = actors.spawn(starter, actors.self())
        pids = await actors.receive(tuple[Pid, Pid, Pid])
        for pid in pids:
            actors.monitor(pid)
        actors.send(starter_pid, True)
        reasons = {}
        for _ in pids:
            down = await actors.receive(Down, timeout=1)
            reasons[down.pid] = str(down.reason)
        return [reasons[pid] for pid in pids]
    assert run(main) == ["shutdown", "shutdown", "shutdown"]


def test_supervisor_arguments_are_checked():
    async def main():
        with pytest.raises(ValueError):
            actors.child(idle, restart="sometimes")
        with pytest.raises(ValueError):
            actors.supervisor(actors.child(idle), strategy="rest_for_one")
        with pytest.raises(ValueError):
            actors.supervisor(actors.child(idle), max_restarts=-1)
        with pytest.raises(ValueError):
            actors.supervisor(actors.child(idle), within=-1.0)
        sup = actors.supervisor(actors.child(idle))
        with pytest.raises(IndexError, match=r"^child_pid\(\) index out of range$"):
            actors.child_pid(sup, 1)
        with pytest.raises(IndexError):
            actors.child_pid(sup, -1)
        with pytest.raises(ValueError, match=r"^child_pid\(\) needs a supervisor's pid$"):
            actors.child_pid(actors.self(), 0)
    run(main)


# --- whole programs ----------------------------------------------------------

def test_restart_intensity_exceeded_ends_the_starter():
    result = run_program("""
        import asyncio
        from aithon import actors

        async def crash():
            1 / 0

        async def main():
            print("start")
            actors.supervisor(actors.child(crash), max_restarts=2, within=5.0)
            await actors.receive(int)
            print("not reached")

        asyncio.run(main())
    """)
    lines = result.stderr.splitlines()
    assert result.returncode == 1 and result.stdout == "start\n"
    assert lines[-1] == "supervisor: restart intensity exceeded"
    assert len(lines) == 4 and all(line.endswith("child 0 failed: ZeroDivisionError: "
                                                 "division by zero") for line in lines[:3])


def test_a_linked_failure_ends_main_with_its_reason():
    result = run_program("""
        import asyncio
        from aithon import actors

        async def crash():
            await asyncio.sleep(0.01)
            1 / 0

        async def main():
            actors.spawn_link(crash)
            await asyncio.sleep(5)

        asyncio.run(main())
    """)
    assert (result.returncode, result.stdout, result.stderr) == \
        (1, "", "ZeroDivisionError: division by zero\n")


def test_an_unwatched_failure_is_reported(capsys):
    async def main():
        print("before")
        pid = actors.spawn(crash)
        await asyncio.sleep(0.01)
        return pid
    pid = run(main)
    assert capsys.readouterr() == \
        ("before\n", f"actor {pid} failed: ZeroDivisionError: division by zero\n")


def test_main_returning_ends_the_program_silently():
    result = run_program("""
        import asyncio
        from aithon import actors

        async def forever():
            while True:
                await actors.receive(int)

        async def sleeper():
            await asyncio.sleep(60)

        async def main():
            actors.spawn(forever)
            actors.spawn_link(sleeper)
            actors.supervisor(actors.child(forever))
            await asyncio.sleep(0.01)
            print("done")

        asyncio.run(main())
    """)
    assert (result.returncode, result.stdout, result.stderr) == (0, "done\n", "")
