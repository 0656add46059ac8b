# RUN: %aithon %s -o %t
# RUN: %expect-exit 1 %t > %t.out 2> %t.err
# RUN: filecheck --check-prefix=ERR %s < %t.err
# A NameError raised two awaits down still names the variable when the
# main actor reports it.

async def read() -> int:
    return limit

async def outer() -> int:
    return await read() + 1

async def main():
    print(await outer())

main()
limit = 3

# ERR: NameError: name 'limit' is not defined
# ERR-NOT: {{.}}
