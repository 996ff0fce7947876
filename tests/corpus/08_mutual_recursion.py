# Mutual recursion: functions that call each other through module globals,
# including a function defined *after* the one that calls it.


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


# Hofstadter Female and Male sequences.
def female(n):
    if n == 0:
        return 1
    return n - male(female(n - 1))


def male(n):
    if n == 0:
        return 0
    return n - female(male(n - 1))


for n in [0, 1, 2, 7, 10, 99]:
    print(n, is_even(n), is_odd(n))

fs = []
ms = []
for n in range(15):
    fs.append(female(n))
    ms.append(male(n))
print(fs)
print(ms)
