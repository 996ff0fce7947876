# isinstance with int, float, str, bool, list, tuple, dict and a user class;
# bool is a subclass of int.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


values = [1, -2 ** 70, 2.5, "s", True, None, [1], (1,), {"a": 1}, Point(1, 2)]
for v in values:
    print(isinstance(v, int), isinstance(v, float), isinstance(v, str),
          isinstance(v, bool), isinstance(v, list), isinstance(v, tuple),
          isinstance(v, dict), isinstance(v, Point))
print(isinstance(3, (float, str)), isinstance(3, (float, int)))


def describe(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str"
    if isinstance(v, Point):
        return "point"
    return "other"


out = []
for v in values:
    out.append(describe(v))
print(out)
