# Word counting with a dict, two ways; dicts keep insertion order.

text = "the cat and the hat and the bat sat on the mat with a cat"
counts = {}
for word in text.split():
    if word in counts:
        counts[word] += 1
    else:
        counts[word] = 1
print(counts)

counts2 = {}
for word in text.split():
    counts2[word] = counts2.get(word, 0) + 1
print(counts == counts2, len(counts2))

best = ""
best_n = 0
for word, n in counts.items():
    if n > best_n:
        best = word
        best_n = n
print(best, best_n)

letters = {}
for ch in text:
    if ch != " ":
        letters[ch] = letters.get(ch, 0) + 1
out = ""
for ch in "abcdefghijklmnopqrstuvwxyz":
    if ch in letters:
        out = out + ch + str(letters[ch]) + " "
print(out.strip())
