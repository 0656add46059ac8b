# Analysing the subtraction game (take 1..K stones) and a two-pile Nim
# variant by computing winning/losing positions recursively, plus a
# simulated game using the optimal strategy.

K = 3


def winning_single(n: int) -> bool:
    # the player to move wins iff n is not a multiple of K + 1
    return n % (K + 1) != 0


def winning_single_search(n: int) -> bool:
    if n == 0:
        return False
    for take in range(1, K + 1):
        if take <= n and not winning_single_search(n - take):
            return True
    return False


def nim_xor(a: int, b: int) -> int:
    result = 0
    place = 1
    while a > 0 or b > 0:
        if a % 2 != b % 2:
            result += place
        a //= 2
        b //= 2
        place *= 2
    return result


for n in range(0, 16):
    print(n, "stones:", winning_single(n), winning_single_search(n))

stones = 23
player = 1
while stones > 0:
    take = stones % (K + 1)
    if take == 0:
        take = 1
    stones -= take
    print("player", player, "takes", take, "leaving", stones)
    if stones == 0:
        print("player", player, "wins")
    player = 3 - player

print("two-pile nim values:")
for a in range(0, 8):
    for b in range(0, 8):
        print(nim_xor(a, b), end=" ")
    print()
losing = 0
for a in range(0, 50):
    for b in range(0, 50):
        if nim_xor(a, b) == 0:
            losing += 1
print("losing positions in 50x50:", losing)
