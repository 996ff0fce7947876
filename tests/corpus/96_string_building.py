# String building with += in loops (long strs share a growable buffer): appends to a str that
# another str was already extended from, prefixes kept after the longer str grew, str keys built
# that way, and comparisons, slices and indexing on the results.

def build(n, piece):
    s = ""
    for i in range(n):
        s += piece
    return s


def branches():
    base = build(200, "ab")
    left = base + "L"
    right = base + "R"
    left += "more"
    return base[-3:], left[-6:], right[-3:], len(base), len(left), len(right)


def keep_prefixes():
    s = build(150, "xyz")
    saved = []
    for i in range(5):
        saved.append(s)
        s += str(i) * 100
    lengths = []
    for x in saved:
        lengths.append(len(x))
    return lengths, s[-5:], saved[2][-4:], saved[0] == build(150, "xyz")


def as_keys():
    d = {}
    key = build(130, "k")
    for i in range(4):
        key += str(i)
        d[key] = i
    total = 0
    probe = build(130, "k")
    for i in range(4):
        probe = probe + str(i)
        total += d[probe]
    return len(d), total


def lines():
    out = ""
    for i in range(300):
        out += "line " + str(i) + "\n"
    parts = out.split("\n")
    return len(out), len(parts), parts[299], out[1000], out.find("line 150")


print(branches())
print(keep_prefixes())
print(as_keys())
print(lines())
s = build(100000, "xy")
print(len(s), s[:6], s[-6:], s[12345], s == "xy" * 100000)
