# Recursive merge sort producing new lists (slices, append, extend).


def merge(left, right):
    result = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            result.append(left[i])
            i += 1
        else:
            result.append(right[j])
            j += 1
    result.extend(left[i:])
    result.extend(right[j:])
    return result


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid]), merge_sort(xs[mid:]))


print(merge_sort([38, 27, 43, 3, 9, 82, 10]))
print(merge_sort([]))
print(merge_sort([1]))
print(merge_sort([2.5, -1, 2, 0.5]))
print(merge_sort(["d", "a", "c", "b"]))

seed = 7
nums = []
for i in range(500):
    seed = (seed * 75 + 74) % 65537
    nums.append(seed - 30000)
s = merge_sort(nums)
print(len(s), s[0], s[-1], s[250], sum(s) == sum(nums))
