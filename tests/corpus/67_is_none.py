# `is` / `is not` with None, True, False and object identity (never with
# numbers or strings, whose identity is implementation-specific).


def find(xs, target):
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return None


def no_return():
    pass


r = find([4, 5, 6], 5)
print(r, r is None, r is not None)
r = find([4, 5, 6], 7)
print(r, r is None)
print(no_return(), no_return() is None)

a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
flag = 3 > 2
print(flag is True, (3 < 2) is False, None is None)


class Box:
    def __init__(self):
        self.item = None


box = Box()
print(box.item is None)
box.item = box
print(box.item is box)
