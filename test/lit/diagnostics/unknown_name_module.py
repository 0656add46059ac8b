# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Module code reads a name that nothing assigns: a NameError, not a "may be
# used before it is assigned" (that is for names assigned later or on some path).

x = 1
print(x + y)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unknown_name_module.py:6:11: error: name 'y' is not defined
# CHECK-NEXT: {{^}}print(x + y){{$}}
# CHECK-NEXT: {{^}}          ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
