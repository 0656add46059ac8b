# RUN: %aithon %s -o %t && %t | filecheck --match-full-lines %s
# `if __name__ == "__main__":` is true in a compiled program.
# The expected output below is CPython's.

def main() -> None:
    print("in main")

if __name__ == "__main__":
    main()
    print("guard true")

if __name__ != "__main__":
    print("never")
else:
    print("else branch")

# CHECK: in main
# CHECK-NEXT: guard true
# CHECK-NEXT: else branch
# CHECK-NOT: {{.}}
