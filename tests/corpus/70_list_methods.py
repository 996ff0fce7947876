# The list methods in the subset: append pop insert extend index reverse sort.

xs = [3, 1, 4]
xs.append(1)
xs.insert(0, 9)
xs.insert(2, 2)
xs.insert(100, "end")
xs.insert(-1, "before-end")
print(xs)
xs.extend([5, 9])
xs.extend("ab")
xs.extend((6,))
print(xs)
print(xs.index(1), xs.index(9), xs.index("a"))
print(xs.pop(), xs.pop(-2), xs.pop(1), xs)
xs.reverse()
print(xs)
nums = [5, 2, 8, 2, 9, 1]
nums.sort()
print(nums)
r = nums.reverse()
print(r, nums)
print(xs.append(0), len(xs))
e = []
e.extend([])
e.insert(0, "only")
print(e)
