# sum/min/max/len on lists, compared with hand-written loops.

data = [23, -4, 17, 0, 99, 42, -31, 8, 15, 4]
print(len(data), sum(data), min(data), max(data))

lo = data[0]
hi = data[0]
s = 0
for v in data:
    if v < lo:
        lo = v
    if v > hi:
        hi = v
    s += v
print(lo, hi, s, s / len(data))

print(sum([]), sum([0.5, 0.25, 0.125]), sum(range(101)), sum([1, 2], 10))
print(min(3, 1, 2), max(3, 1, 2), min("pear", "apple"), max([1, 5], [1, 7]))
print(max([2.5, 1, 3]), min([2.5, 1, 3]))
words = ["kiwi", "banana", "fig", "cherry"]
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print(longest, min(words), max(words))
print(sum([2 ** 64, 2 ** 64, -1]))
