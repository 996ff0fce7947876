# Removing dict entries with pop and del, and rebuilding dicts.

d = {"a": 1, "b": 2, "c": 3, "d": 4}
del d["b"]
print(d)
v = d.pop("c")
print(v, d)
print(d.pop("zz", None), d)
d["b"] = 22
print(d, list(d.keys()))

# Remove all odd values while iterating over a copy of the keys.
nums = {}
for i in range(10):
    nums["k" + str(i)] = i
for k in list(nums.keys()):
    if nums[k] % 2 == 1:
        del nums[k]
print(nums)

inverted = {}
for k, v in nums.items():
    inverted[v] = k
print(inverted)

cache = {}
for n in [3, 1, 3, 2, 1]:
    if n in cache:
        print("hit", n, cache[n])
    else:
        cache[n] = n * n
        print("miss", n)
while len(cache) > 0:
    first = list(cache.keys())[0]
    print("evict", first, cache.pop(first))
print(cache)
