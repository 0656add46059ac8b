# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A tuple's length is known: a constant index past it is refused.
pair = (1, 2.5)
print(pair[2])

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/tuple_index_out_of_range.py:4:12: error: tuple index out of range (the tuple has 2 items)
# CHECK-NEXT: {{^}}print(pair[2]){{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
