# Membership tests `in` / `not in` on strings (substring), lists, tuples and
# dicts (keys).

s = "hello world"
print("world" in s, "World" in s, "" in s, "o w" in s, "x" not in s)
print(3 in [1, 2, 3], 4 in [1, 2, 3], 2.0 in [1, 2, 3], "a" in ["a", "b"])
print(5 in (4, 5), 6 not in (4, 5))
d = {"x": 1, "y": 2}
print("x" in d, 1 in d, "z" not in d)
print([1, 2] in [[1, 2], [3]], (1,) in [(1,), (2,)])

count = 0
for ch in "mississippi":
    if ch in "sp":
        count += 1
print(count)

found = []
for word in ["apple", "banana", "cherry", "date"]:
    if "an" in word or "e" not in word:
        found.append(word)
print(found)
