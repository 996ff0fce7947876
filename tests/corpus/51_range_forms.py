# range with one, two and three arguments, negative steps, empty ranges,
# indexing and len of ranges.

print(list(range(5)))
print(list(range(2, 7)))
print(list(range(0, 20, 5)))
print(list(range(10, 0, -3)))
print(list(range(5, -5, -2)))
print(list(range(-3, 3)))
print(list(range(5, 2)))
print(list(range(0, 5, -1)))
print(list(range(0)))
print(list(range(-1)))
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], 7 in r, 8 in r)
print(len(range(10, 0, -3)), len(range(0, 10, 3)))

total = 0
for i in range(100, 0, -7):
    total += i
print(total)

s = ""
word = "stressed"
for i in range(len(word) - 1, -1, -1):
    s = s + word[i]
print(s)
print(sum(range(2 ** 40, 2 ** 40 + 3)))
