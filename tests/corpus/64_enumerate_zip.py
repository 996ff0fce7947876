# enumerate and zip in loops and converted to lists.

names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, name in enumerate(names):
    print(i, name)
for name, age in zip(names, ages):
    print(name, "is", age)
print(list(enumerate("xyz")))
print(list(zip(names, ages, "abc")))
print(list(zip([], names)))
print(dict(zip(names, ages)))

total = 0
for i, (name, age) in enumerate(zip(names, ages)):
    total += i * age
print(total)

a = [1, 2, 3, 4]
b = [10, 20, 30, 40]
dot = 0
for x, y in zip(a, b):
    dot += x * y
print(dot)
diffs = []
for prev, cur in zip(a, a[1:]):
    diffs.append(cur - prev)
print(diffs)
