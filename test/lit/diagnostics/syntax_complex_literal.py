# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# An imaginary literal without a '.': '1.5j' is refused as complex, '1j' must be too.

x = 1j

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_complex_literal.py:4:5: error: complex numbers are not supported by AIthon yet
# CHECK-NEXT: {{^}}x = 1j{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
