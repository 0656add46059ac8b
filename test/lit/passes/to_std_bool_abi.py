# RUN: %aithon %s --emit-llvm | filecheck --check-prefix=LLVM %s
# RUN: %aithon %s -o %t && %t | filecheck --check-prefix=OUT %s
# A runtime function taking a C bool declares its i1 parameter zeroext.
# Without it LLVM may pass an i1 whose register holds more than bit 0: here
# it derives `state` from the loop's iteration count (trunc to i1), and the
# C side read 2 as True.  (xDSL's printer does not show the argument
# attribute of a declaration, so the check is on the LLVM IR.)

def toggled(times: int) -> bool:
    state: bool = False
    for k in range(times):
        state = not state
    return state

for t in range(4):
    print(toggled(t))

# LLVM: declare void @aithon_print_bool(i1 zeroext)
# OUT: False
# OUT-NEXT: True
# OUT-NEXT: False
# OUT-NEXT: True
