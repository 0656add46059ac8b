# RUN: %aithon %s -o %t && %t | filecheck %s
# The seed's async example, verbatim: `await worker(5)` runs worker as an
# actor; `main()` at module level starts main as one and waits for it.
# worker's parameter and result types are inferred (int).

async def worker(task_id):
    result = task_id * 2
    return result

async def main():
    result = await worker(5)
    print(result)

main()

# CHECK: 10
# CHECK-NOT: {{.}}
