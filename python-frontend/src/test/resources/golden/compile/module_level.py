# Module code uses *_GLOBAL (its namespace is the globals); a class body *_NAME; functions use fast locals and globals.
counter = 0
xs = [1, 2.5, 'single', "double\t\n", None, True, -3]
d = {"k": 1, 2: xs[1:3]}
d["k"] -= -2 ** 2
first, second = xs[0], xs[::2]


def bump(step=1, label="n"):
    global counter
    counter += step
    if counter > 10 or label not in d and not step:
        print(label, counter, sep=": ")
    elif counter is None:
        pass
    else:
        counter = counter if counter < 100 else 0
    return counter


def search(items, target):
    i = 0
    while True:
        if i >= len(items):
            break
        if items[i] == target:
            return i
        i += 1
        continue
    try:
        raise ValueError("missing")
    except ValueError:
        return -1


for k in d:
    counter = bump()


global total
total = counter + 1


class Holder:
    counter = 5
    other = counter
