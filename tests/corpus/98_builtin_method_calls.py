# Method calls on str, list and dict objects in hot loops: a method load guarded by the receiver's
# type and a direct builtin call, and list.append appending in place. The same call sites then see
# another builtin type with a method of that name and an instance whose class defines it, so they
# must deoptimize and stay correct.


def count_in(seq, x):
    n = 0
    for i in range(300):
        n += seq.count(x)
    return n


print(count_in("abracadabra", "a"))
print(count_in([1, 2, 1, 3, 1], 1))
print(count_in("abracadabra", "bra"))


class Doubler:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x * 2)


def fill(target, n):
    for i in range(n):
        target.append(i)
    return target


a = fill([], 1000)
print(len(a), a[0], a[-1], sum(a))
d = fill(Doubler(), 100)
print(len(d.items), d.items[-1])
c = fill(a, 1000)
print(len(c), sum(c))


# Appends across many capacity boundaries, with pops shrinking the list in between.
def grow(n):
    out = []
    for i in range(n):
        out.append(i * i)
        if i % 97 == 0:
            out.pop()
    return out


g = grow(5000)
print(len(g), g[:5], g[-3:], sum(g))


# Objects reachable only through the list they were appended to, while the loop allocates.
def boxes(n):
    out = []
    for i in range(n):
        out.append([i, str(i)])
    return out


bx = boxes(20000)
print(len(bx), bx[12345], bx[-1])


# dict.get, then a class of its own with a get method, at one site.
class Always:
    def get(self, key, default):
        return key


def lookups(table, keys):
    hits = 0
    for k in keys:
        hits += table.get(k, 0)
    return hits


squares = {}
for i in range(100):
    squares[i] = i * i
print(lookups(squares, range(0, 200, 3)))
print(lookups(Always(), range(50)))
print(lookups(squares, range(100)))


# str.count, then list.count at the same site, then str.count again.
def scan(text, needle):
    found = 0
    for i in range(400):
        found += text.count(needle) + len(text)
    return found


print(scan("hello world", "o"))
print(scan(["x", "o", "o"], "o"))
print(scan("foo", "o"))
words = []
for w in "the quick brown fox jumps over the lazy dog".split():
    if w.startswith("t") or w.endswith("s"):
        words.append(w.upper())
print(words)
