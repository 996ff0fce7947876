# Uncaught AttributeError: reading an attribute an instance does not have.
# (The name is chosen so that CPython 3.11 offers no "Did you mean".)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
print(p.elevation)
