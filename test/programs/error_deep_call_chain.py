# A recursive descent that divides by (depth - 25); the error is raised
# many frames deep and propagates all the way out.


def descend(depth: int, acc: int) -> int:
    if depth % 5 == 0:
        print("depth", depth, "acc", acc)
    if depth > 40:
        return acc
    step = 1000 // (25 - depth)
    return descend(depth + 1, acc + step)


def run(limit: int) -> None:
    print("starting run with limit", limit)
    print("result:", descend(limit, 0))


run(30)
run(20)
run(0)
