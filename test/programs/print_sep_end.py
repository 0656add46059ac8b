# print() with sep and end keyword arguments, empty prints, string
# literals containing escapes, and None.


def nothing() -> None:
    pass


print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", "c", sep="\n")
print(1, 2, 3, sep=" < ", end=" !\n")
print(1.5, True, None, -7, sep="|")
print("no newline", end="")
print(" ... continued", end="")
print()
print("tab\tseparated\tcolumns")
print("quote \" and apostrophe ' and backslash \\")
print('single-quoted "string"')
print("multi\nline\nstring")
print("", end="")
print("empty sep and end", sep="", end="")
print("")
print(None)
print(None, None, sep="-")
nothing()
print("after nothing()")
print(end="just end\n")
print(sep="ignored")
print("x", end="")
print("y", end="")
print("z", end="\n\n")
for i in range(5):
    print(i, i * i, i * i * i, sep="\t")
for i in range(3):
    print(i, end=", ")
print("done")
print(0, -0, 0.0, -0.0, sep="")
print("mixed:", 1, 2.0, False, None, "text", 10 ** 20, sep=" | ", end=" #\n")
print("a", sep="SEP", end="END")
print()
