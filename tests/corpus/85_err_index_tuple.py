# Uncaught IndexError on a tuple, raised inside a called function.


def third(t):
    return t[2]


print(third((1, 2, 3)))
print(third(("a", "b", "c", "d")))
print(third((1, 2)))
