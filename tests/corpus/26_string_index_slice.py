# Indexing and slicing strings: negative indices, omitted bounds, steps,
# out-of-range slice bounds (which clamp instead of failing).

s = "Hello, World"
print(len(s))
print(s[0], s[4], s[-1], s[-5], s[len(s) - 1])
print(s[0:5])
print(s[7:])
print(s[:5])
print(s[-5:])
print(s[:-7])
print(s[-5:-2])
print(s[::2])
print(s[1::3])
print(s[::-1])
print(s[-1:-6:-1])
print(s[10:2:-2])
print(repr(s[5:3]))
print(repr(s[100:]))
print(s[-100:3])
print(s[2:100])
print(s[:])

i = 0
vowels = 0
while i < len(s):
    if s[i] in "aeiouAEIOU":
        vowels += 1
    i += 1
print(vowels)

word = "racecar"
print(word == word[::-1], "python" == "python"[::-1])
