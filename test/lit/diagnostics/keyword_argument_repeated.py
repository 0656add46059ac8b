# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# A keyword given twice is CPython's SyntaxError, with the same words.

print(1, 2, sep="", sep="-")

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/keyword_argument_repeated.py:4:21: error: keyword argument repeated: sep
# CHECK-NEXT: {{^}}print(1, 2, sep="", sep="-"){{$}}
# CHECK-NEXT: {{^}}                    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
