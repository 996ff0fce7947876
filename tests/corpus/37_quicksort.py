# In-place quicksort (Lomuto partition) and a binary search on the result.


def partition(xs, lo, hi):
    pivot = xs[hi]
    i = lo
    for j in range(lo, hi):
        if xs[j] < pivot:
            xs[i], xs[j] = xs[j], xs[i]
            i += 1
    xs[i], xs[hi] = xs[hi], xs[i]
    return i


def quicksort(xs, lo, hi):
    if lo < hi:
        p = partition(xs, lo, hi)
        quicksort(xs, lo, p - 1)
        quicksort(xs, p + 1, hi)


def binary_search(xs, target):
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


a = [10, 7, 8, 9, 1, 5, 3, 3]
quicksort(a, 0, len(a) - 1)
print(a)

seed = 2024
nums = []
for i in range(300):
    seed = (seed * 1664525 + 1013904223) % 4294967296
    nums.append(seed % 10007)
quicksort(nums, 0, len(nums) - 1)
print(nums[:8], nums[-3:])
print(binary_search(a, 8), binary_search(a, 4), binary_search([], 1))
found = 0
for t in range(0, 10007, 97):
    if binary_search(nums, t) >= 0:
        found += 1
print(found)
