# RUN: %expect-exit 1 %aithon %s -o %t 2>&1 | filecheck --strict-whitespace %s
# Only what aithon.actors has may be imported from it.
from aithon.actors import spawn, broadcast

# CHECK-NOT: {{Traceback|internal compiler error}}
# CHECK: {{.*}}/actors_unknown_name.py:3:1: error: cannot import 'broadcast' from aithon.actors (docs/actors.md lists what it has)
# CHECK-NEXT: {{^}}from aithon.actors import spawn, broadcast{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: {{Traceback|internal compiler error}}
