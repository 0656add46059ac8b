# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# __name__ only in the main guard.

print(__name__)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/name_outside_main_guard.py:4:7: error: '__name__' is only supported in 'if __name__ == "__main__":'
# CHECK-NEXT: {{^}}print(__name__){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
