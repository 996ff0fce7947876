# Type changes through the same code, which a specializing interpreter must
# survive by deoptimizing: one accumulate loop runs over ints, then floats,
# then strings, then lists, then a mix.


def accumulate(items, start):
    total = start
    for x in items:
        total = total + x
    return total


ints = []
for i in range(200):
    ints.append(i)
print(accumulate(ints, 0))
print(accumulate(ints, 0))

floats = []
for i in range(200):
    floats.append(i * 0.5)
print(accumulate(floats, 0.0))

strs = []
for i in range(10):
    strs.append(str(i))
print(accumulate(strs, ""))

print(accumulate([[1], [2, 3], []], []))
print(accumulate([1, 2.5, True, 2 ** 70], 0))
print(accumulate(ints, 0))

# The same `x < y` comparison site sees ints, floats, strings and mixes.
def smallest(xs):
    best = xs[0]
    for x in xs:
        if x < best:
            best = x
    return best


print(smallest([5, 3, 9]), smallest([2.5, -1.0]), smallest(["b", "a"]), smallest([3, 2.5, 2 ** 80]))

# A loop-carried variable that changes type midway: int -> big int -> float.
v = 1
for i in range(80):
    v = v * 2
    if i == 70:
        v = v / 3
print(v)
