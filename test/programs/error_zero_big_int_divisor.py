# Big integer arithmetic where a divisor computed as a difference of
# large powers eventually becomes zero.


def divisor(k: int) -> int:
    return 2 ** (100 - k) - 2 ** (90 + k)


n = 10 ** 40
for k in range(10):
    d = divisor(k)
    print("k =", k, "divisor =", d)
    print("  n // d =", n // d, " n % d =", n % d)
    print("  -n // d =", -n // d, " -n % d =", -n % d)
print("never reached")
