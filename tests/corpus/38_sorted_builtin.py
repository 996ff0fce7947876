# One of the few programs that uses the built-in sorting: sorted() and
# list.sort() (stable, ascending by default; reverse/key are not used).

xs = [5, 3, 8, 1, 9, 2]
ys = sorted(xs)
print(ys, xs)
xs.sort()
print(xs)
print(sorted("banana"), sorted([3.5, 1, 2.25, -7]))
print(sorted(["pear", "Apple", "fig", "apple"]))
print(sorted([(2, "b"), (1, "c"), (2, "a")]))
d = {"c": 3, "a": 1, "b": 2}
print(sorted(d))
words = "the quick brown fox jumps over the lazy dog".split()
words.sort()
print(words)
print(sorted([]))
