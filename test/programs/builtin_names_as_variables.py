# Names of builtins used as parameters and variables shadow the builtins,
# as in Python: reading them gives the variable, not the function.
def area(max: int, min: int) -> int:
    return max * min


def successor(print: int) -> int:
    return print + 1


abs = 7
sum = abs * 6
print(area(6, 7), successor(41), abs, sum)
