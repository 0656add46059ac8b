# RUN: %aithon %s -o %t && %t | filecheck --match-full-lines %s
# print() with sep= and end=, strings with escapes and non-ASCII text, None
# and bools, and print() with no arguments.
# The expected output below is CPython's.

print(1, 2, 3)
print(1, 2, 3, sep="")
print(1, 2, 3, sep=", ")
print("a", "b", sep="-", end="|\n")
print("no newline", end="")
print(" continued")
print()
print(1.5, True, None, -7, sep="::")
print("x", end="")
print("y", end="")
print(end="\n")
print("tab\there", "quote'\"", sep="\t")
print("é ünïcode", 3, sep=" / ")
print(sep="?", end="!\n")
print(None, False)

# CHECK: 1 2 3
# CHECK-NEXT: 123
# CHECK-NEXT: 1, 2, 3
# CHECK-NEXT: a-b|
# CHECK-NEXT: no newline continued
# CHECK-EMPTY:
# CHECK-NEXT: 1.5::True::None::-7
# CHECK-NEXT: xy
# CHECK-NEXT: tab{{\t}}here{{\t}}quote'"
# CHECK-NEXT: é ünïcode / 3
# CHECK-NEXT: !
# CHECK-NEXT: None False
# CHECK-NOT: {{.}}
