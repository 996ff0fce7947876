# Ordinary program (issue 17): list-heavy loops: a sieve, a longest-common-subsequence table,
# merge sort of pseudo-random ints built at module level. Prints counts and sorted samples.

SIEVE_N = 5000000
SEQ_N = 100000
LCS_N = 2000


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count

def lcs(a, b):
    prev = [0] * (len(b) + 1)
    for i in range(len(a)):
        cur = [0] * (len(b) + 1)
        for j in range(len(b)):
            if a[i] == b[j]:
                cur[j + 1] = prev[j] + 1
            elif prev[j + 1] > cur[j]:
                cur[j + 1] = prev[j + 1]
            else:
                cur[j + 1] = cur[j]
        prev = cur
    return prev[len(b)]

def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    while i < len(left):
        out.append(left[i])
        i += 1
    while j < len(right):
        out.append(right[j])
        j += 1
    return out


seq = []
x = 12345
for k in range(SEQ_N):
    x = (x * 1103515245 + 12345) % 2147483648
    seq.append(x % 1000)
s = merge_sort(seq)
print("list_algorithms", sieve(SIEVE_N), lcs(seq[:LCS_N], seq[LCS_N:2 * LCS_N]), s[0], s[-1], s[SEQ_N // 2])
