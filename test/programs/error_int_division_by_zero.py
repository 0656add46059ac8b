# Averages over shrinking windows; the last window is empty and the
# integer division by its size raises ZeroDivisionError.


def window_sum(start: int, stop: int) -> int:
    total = 0
    for i in range(start, stop):
        total += i * i
    return total


def window_average(start: int, stop: int) -> int:
    return window_sum(start, stop) // (stop - start)


size = 6
while size >= 0:
    print("window of size", size, "->")
    print("  average of squares:", window_average(10, 10 + size))
    size -= 1
print("never reached")
