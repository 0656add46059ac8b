# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# asyncio and aithon.actors are the modules AIthon knows.

import math
print(1)

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/unsupported_import.py:4:1: error: module 'math' is not supported by AIthon yet (it knows asyncio and aithon.actors)
# CHECK-NEXT: {{^}}import math{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
