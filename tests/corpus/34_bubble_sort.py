# Bubble sort, hand-written, in place, with an early exit when a pass makes
# no swap.


def bubble_sort(xs):
    n = len(xs)
    passes = 0
    while True:
        swapped = False
        passes += 1
        for i in range(1, n):
            if xs[i - 1] > xs[i]:
                xs[i - 1], xs[i] = xs[i], xs[i - 1]
                swapped = True
        n -= 1
        if not swapped:
            break
    return passes


a = [5, 2, 9, 1, 5, 6, -3, 0]
p = bubble_sort(a)
print(a, p)
b = [1, 2, 3, 4]
print(bubble_sort(b), b)
c = ["pear", "apple", "fig", "banana"]
bubble_sort(c)
print(c)
d = [3.5, -1, 2, 2.25, 0]
bubble_sort(d)
print(d)

seed = 12345
nums = []
for i in range(200):
    seed = (seed * 1103515245 + 12345) % 2147483648
    nums.append(seed % 1000)
bubble_sort(nums)
ok = True
for i in range(1, len(nums)):
    if nums[i - 1] > nums[i]:
        ok = False
print(ok, nums[0], nums[-1], nums[100])
