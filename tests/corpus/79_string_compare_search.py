# Naive substring search compared with str.find, and counting overlapping
# occurrences.


def naive_find(hay, needle):
    n = len(hay)
    m = len(needle)
    for i in range(n - m + 1):
        j = 0
        while j < m and hay[i + j] == needle[j]:
            j += 1
        if j == m:
            return i
    return -1


def count_overlapping(hay, needle):
    count = 0
    start = 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return count
        count += 1
        start = i + 1


text = "abracadabra, abracadabra!"
for needle in ["abra", "cad", "ra!", "xyz", "", "a"]:
    print(repr(needle), naive_find(text, needle), text.find(needle))
print(count_overlapping("aaaa", "aa"), count_overlapping(text, "abra"), count_overlapping("abc", "d"))
print(text.replace("abra", "ABRA").upper().lower() == text)
