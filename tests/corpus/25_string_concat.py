# Building strings: concatenation in loops, repetition with `*`, joins.

s = ""
for i in range(10):
    s = s + str(i)
print(s)

t = ""
for ch in "hello":
    t = ch + t
print(t)

line = "-" * 20
print(line)
print("ab" * 3, 3 * "xy", "z" * 0, repr("q" * -2))

acc = ""
i = 0
while len(acc) < 30:
    acc += "ab"
    i += 1
print(acc, i)

words = ["the", "quick", "brown", "fox"]
sentence = ""
for w in words:
    if sentence != "":
        sentence = sentence + " "
    sentence = sentence + w
print(sentence)
print(", ".join(words))
print("".join(["a", "b", "c"]))
print("-".join("abc"))

big = ""
for i in range(1000):
    big += "x"
print(len(big))

row = ""
for i in range(5):
    row = row + "[" + str(i * i) + "]"
print(row)
print("a" + "b" * 2 + "c")
