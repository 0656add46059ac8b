# RUN: %aithon %s --emit-mlir --stop-after=irgen | filecheck %s
# A while loop is a header block (the test), a body and an exit block.
# `continue` branches to the header, `break` to the exit; in a for loop
# `continue` goes to the latch that advances the counter.  A while loop's
# `else` clause runs when the test fails, and `break` skips it.

def count(limit: int) -> int:
    n = 0
    while n < limit:
        n += 1
        if n % 2 == 0:
            continue
        if n > 7:
            break
    return n
# CHECK-LABEL: func.func {{.*}}@py.count(
# CHECK: cf.br ^[[HEADER:bb[0-9]+]]
# CHECK-NEXT: ^[[HEADER]]:
# CHECK-NEXT: [[N:%[0-9]+]] = py.load
# CHECK-NEXT: [[L:%[0-9]+]] = py.load
# CHECK-NEXT: [[C:%[0-9]+]] = py.cmp lt, [[N]], [[L]] : !py.int, !py.int
# CHECK-NEXT: [[T:%[0-9]+]] = py.is_true [[C]]
# CHECK-NEXT: cf.cond_br [[T]], ^[[BODY:bb[0-9]+]], ^[[EXIT:bb[0-9]+]]
# CHECK-NEXT: ^[[BODY]]:
# CHECK: py.mod
# CHECK: cf.cond_br {{%[0-9]+}}, ^[[CONT:bb[0-9]+]], ^{{bb[0-9]+}}
# `continue`: straight back to the header.
# CHECK-NEXT: ^[[CONT]]:
# CHECK-NEXT: cf.br ^[[HEADER]]
# CHECK: py.cmp gt
# CHECK-NEXT: py.is_true
# CHECK-NEXT: cf.cond_br {{%[0-9]+}}, ^[[BRK:bb[0-9]+]], ^{{bb[0-9]+}}
# `break`: to the exit block.
# CHECK-NEXT: ^[[BRK]]:
# CHECK-NEXT: cf.br ^[[EXIT]]
# The end of the body loops back to the header too; the exit block comes
# after the loop.
# CHECK: cf.br ^[[HEADER]]
# CHECK-NEXT: ^[[EXIT]]:
# CHECK-NEXT: [[R:%[0-9]+]] = py.load
# CHECK-NEXT: func.return [[R]] : !py.int
# CHECK-NEXT: }

def search(limit: int) -> int:
    k = 0
    while k < limit:
        if k * k > 50:
            break
        k += 1
    else:
        return -1
    return k
# With `else`, a failing test goes to the else block; `break` bypasses it.
# CHECK-LABEL: func.func {{.*}}@py.search(
# CHECK: ^[[HEADER:bb[0-9]+]]:
# CHECK: cf.cond_br {{%[0-9]+}}, ^[[BODY:bb[0-9]+]], ^[[ELSE:bb[0-9]+]]
# CHECK-NEXT: ^[[BODY]]:
# CHECK: py.mul
# CHECK: cf.cond_br {{%[0-9]+}}, ^[[BRK:bb[0-9]+]], ^{{bb[0-9]+}}
# CHECK-NEXT: ^[[BRK]]:
# CHECK-NEXT: cf.br ^[[EXIT:bb[0-9]+]]
# CHECK-NEXT: ^[[EXIT]]:
# CHECK-NEXT: [[K:%[0-9]+]] = py.load
# CHECK-NEXT: func.return [[K]] : !py.int
# CHECK: cf.br ^[[HEADER]]
# CHECK-NEXT: ^[[ELSE]]:
# CHECK-NEXT: [[ONE:%[0-9]+]] = py.int 1
# CHECK-NEXT: [[M:%[0-9]+]] = py.neg [[ONE]]
# CHECK-NEXT: func.return [[M]] : !py.int
# CHECK-NEXT: }

def nested(m: int) -> int:
    total = 0
    for i in range(m):
        while True:
            total += 1
            if total > i:
                break
        continue
    return total
# `break` leaves the inner while only; `continue` then goes to the for loop's latch.
# CHECK-LABEL: func.func {{.*}}@py.nested(
# CHECK: [[I:%[0-9]+]] = py.alloca "i"
# CHECK-NEXT: [[CTR:%[0-9]+]] = py.alloca "i.range"
# CHECK: cf.br ^[[FHEADER:bb[0-9]+]]
# CHECK-NEXT: ^[[FHEADER]]:
# CHECK: cf.cond_br {{%[0-9]+}}, ^[[FBODY:bb[0-9]+]], ^[[FEXIT:bb[0-9]+]]
# CHECK-NEXT: ^[[FBODY]]:
# CHECK-NEXT: [[V:%[0-9]+]] = py.load [[CTR]]
# CHECK-NEXT: py.store [[V]], [[I]]
# CHECK-NEXT: cf.br
# CHECK: [[TRUE:%[0-9]+]] = py.bool true
# CHECK-NEXT: [[T:%[0-9]+]] = py.is_true [[TRUE]] : !py.bool
# CHECK-NEXT: cf.cond_br [[T]], ^{{bb[0-9]+}}, ^[[WEXIT:bb[0-9]+]]
# CHECK: cf.cond_br {{%[0-9]+}}, ^[[BRK:bb[0-9]+]], ^{{bb[0-9]+}}
# CHECK-NEXT: ^[[BRK]]:
# CHECK-NEXT: cf.br ^[[WEXIT]]
# After the inner loop, its exit continues to the for loop's latch, which
# advances the counter and goes back to the for header.
# CHECK: ^[[WEXIT]]:
# CHECK-NEXT: cf.br ^[[LATCH:bb[0-9]+]]
# CHECK-NEXT: ^[[LATCH]]:
# CHECK-NEXT: py.load [[CTR]]
# CHECK-NEXT: py.add
# CHECK-NEXT: py.store {{%[0-9]+}}, [[CTR]]
# CHECK-NEXT: cf.br ^[[FHEADER]]
# CHECK-NEXT: ^[[FEXIT]]:
# CHECK: {{^  }$}}
