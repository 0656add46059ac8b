# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# 'from ... import' is refused like 'import'.

from math import sqrt

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_from_import.py:4:1: error: 'from math import ...' is not supported by AIthon yet (it knows asyncio and aithon.actors)
# CHECK-NEXT: {{^}}from math import sqrt{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
