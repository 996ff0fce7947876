# A small 2-D Vector class with plain methods (no operator dunders).


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def sub(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def length_squared(self):
        return self.dot(self)

    def to_str(self):
        return "Vector(" + str(self.x) + ", " + str(self.y) + ")"


a = Vector(1, 2)
b = Vector(3, -4)
print(a.add(b).to_str())
print(a.sub(b).to_str())
print(b.scale(2.5).to_str())
print(a.dot(b), b.length_squared())

pos = Vector(0.0, 0.0)
vel = Vector(1.5, -0.5)
for step in range(4):
    pos = pos.add(vel)
    vel = vel.scale(0.5)
    print(step, pos.to_str())

total = Vector(0, 0)
for i in range(1, 6):
    total = total.add(Vector(i, i * i))
print(total.to_str())
