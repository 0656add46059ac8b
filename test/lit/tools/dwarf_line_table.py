# RUN: %aithon -g %s -o %t
# RUN: %dwarfdump --debug-line %t | filecheck %s
# RUN: %t | filecheck --check-prefix=OUT %s
# With -g the executable has a DWARF line table for this .py file: the rows
# carry the Python line and column of the statements' operations.

def cube(x: int) -> int:
    y = x * x * x
    return y

total = 0
for i in range(4):
    total += cube(i)
print(total)

# OUT: 36

# The file table names this file.
# CHECK: file_names[{{ *}}1]:
# CHECK-NEXT: name: "{{(.*/)?}}dwarf_line_table.py"
# Rows: address, line, column.  A binary operation is located at its
# operator: line 8 col 11 and col 15 are the two `*` in cube (inlined here),
# line 13 col 11 the `+=`, line 14 col 1 the print.
# CHECK-DAG: {{^0x[0-9a-f]+ +8 +11 }}
# CHECK-DAG: {{^0x[0-9a-f]+ +8 +15 }}
# CHECK-DAG: {{^0x[0-9a-f]+ +13 +11 }}
# CHECK-DAG: {{^0x[0-9a-f]+ +14 +1 }}
# CHECK: end_sequence
