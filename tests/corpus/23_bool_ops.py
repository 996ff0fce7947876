# `and`/`or` return one of their operands (not necessarily a bool);
# `not` always returns a bool.

print(1 and 2)
print(0 and 2)
print(1 or 2)
print(0 or 2)
print(repr("" or "default"))
print(repr("x" or "default"))
print(repr("" and "never"))
print([] or [1, 2])
print([3] and [4])
print(None or 0)
print(0.0 or None)
print(not 0, not 1, not "", not "a", not [], not [0], not None, not 0.0)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "last")
print(True and False, True or False, not True)
print(not (1 < 2), not 1 < 2)

hits = []


def side(v):
    hits.append(v)
    return v


x = side(0) and side(1)
y = side(2) or side(3)
z = side(0) or side(4) and side(5)
print(x, y, z, hits)

name = ""
shown = name or "anonymous"
print(shown)
print(bool(0), bool(3), bool(""), bool("0"), bool([]), bool({}), bool(None), bool(-0.0))
