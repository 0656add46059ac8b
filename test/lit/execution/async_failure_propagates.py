# RUN: %aithon %s -o %t
# RUN: %expect-exit 1 %t > %t.out 2> %t.err
# RUN: filecheck --check-prefix=OUT %s < %t.out
# RUN: filecheck --check-prefix=ERR %s < %t.err
# An error in an awaited actor ends it; the await fails the awaiting actor
# with the same reason, up to the main actor: the program ends the way an
# uncaught exception ends CPython's (one message on stderr, exit status 1),
# and the output printed before it is kept.  A NameError keeps its name.
import asyncio

async def divide(a: int, b: int) -> int:
    return a // b

async def middle(b: int) -> int:
    print("middle", b)
    r = await divide(10, b)
    print("after divide", r)
    return r

async def main():
    print(await middle(2))
    print(await middle(0))
    print("not reached")

if __name__ == "__main__":
    asyncio.run(main())

# OUT: middle 2
# OUT-NEXT: after divide 5
# OUT-NEXT: 5
# OUT-NEXT: middle 0
# OUT-NOT: {{.}}
# ERR: ZeroDivisionError: integer division or modulo by zero
# ERR-NOT: {{.}}
