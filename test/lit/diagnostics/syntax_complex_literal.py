# XFAIL: *
# BUG: '1j' gives "invalid syntax: unexpected 'j'" at the 'j' while '1.5j' gives
# BUG: 'complex numbers are not supported by AIthon yet' (DEC_NUMBER has no [jJ] suffix).
# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# An imaginary literal without a '.': '1.5j' is refused as complex, '1j' must be too.

x = 1j

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/syntax_complex_literal.py:7:5: error: complex numbers are not supported by AIthon yet
# CHECK-NEXT: {{^}}x = 1j{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
