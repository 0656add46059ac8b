# Truthiness of ints, floats and bools in conditions and with not.


def describe_int(x: int) -> None:
    if x:
        print(x, "is truthy")
    else:
        print(x, "is falsy")


def describe_float(x: float) -> None:
    if x:
        print(x, "is truthy")
    else:
        print(x, "is falsy")


for i in range(-2, 3):
    describe_int(i)
describe_int(10 ** 30)
describe_int(-(10 ** 30))
describe_int(2 ** 64 - 2 ** 64)
describe_float(0.0)
describe_float(-0.0)
describe_float(0.1)
describe_float(-1e-300)
describe_float(5e-324)
describe_float(5e-324 / 2)
describe_float(1e300 * 1e300)

print(not 0, not 1, not -1, not 0.0, not 0.25, not True, not False, not not 7)
n = 10
steps = 0
while n:
    n -= 1
    steps += 1
print("counted down in", steps, "steps")

x = 0.75
halvings = 0
while x:
    x /= 16
    halvings += 1
print("float reached zero after", halvings, "divisions by 16")

flag = False
for i in range(5):
    flag = not flag
    if flag and i:
        print(i, "flag set and i nonzero")
    elif flag or i:
        print(i, "flag", flag, "or i nonzero")
    else:
        print(i, "neither")

balance = 100
withdrawals = 0
while balance and withdrawals < 20:
    balance -= 15
    if balance < 0:
        balance = 0
    withdrawals += 1
    print("withdrawal", withdrawals, "balance", balance)
