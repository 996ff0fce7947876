# Benchmark: fannkuch-redux (after the Computer Language Benchmarks Game
# program): permutations generated in place, prefix reversals counted. List
# indexing, slicing and small-int arithmetic. Prints the checksum and the
# maximum number of flips of each repetition.

N = 9
REPEAT = 3


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k != 0:
            # Reverse the first k + 1 elements.
            i = 0
            j = k
            while i < j:
                perm[i], perm[j] = perm[j], perm[i]
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        perm_count += 1
        # Next permutation.
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


results = []
for r in range(REPEAT):
    checksum, max_flips = fannkuch(N)
    results.append(checksum)
    results.append(max_flips)
print("fannkuch", N, REPEAT, results)
