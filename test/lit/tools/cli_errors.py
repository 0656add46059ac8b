# RUN: %expect-exit 1 %aithon %s --stop-after=irgen 2>&1 | filecheck --check-prefix=STOP %s
# RUN: %expect-exit 1 %aithon %S/no-such-file.py 2>&1 | filecheck --check-prefix=MISSING %s
# Errors about the command line itself: one line, exit status 1, no traceback.

print(1)

# STOP-NOT: Traceback
# STOP: aithon: error: --stop-after goes with --emit-mlir
# STOP-NOT: Traceback
# MISSING-NOT: Traceback
# MISSING: aithon: error: cannot read {{.*}}no-such-file.py: No such file or directory
# MISSING-NOT: Traceback
