# Methods calling other methods on self, methods receiving other instances,
# and objects referring to each other.


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def is_square(self):
        return self.w == self.h

    def summary(self):
        kind = "square" if self.is_square() else "rect"
        return kind + " area=" + str(self.area()) + " perim=" + str(self.perimeter())

    def bigger_than(self, other):
        return self.area() > other.area()

    def scaled(self, k):
        return Rect(self.w * k, self.h * k)


r = Rect(3, 4)
s = Rect(5, 5)
print(r.summary())
print(s.summary())
print(r.bigger_than(s), s.bigger_than(r))
print(r.scaled(2).summary())
print(r.scaled(0.5).area())


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node

    def length(self):
        if self.next is None:
            return 1
        return 1 + self.next.length()

    def total(self):
        t = 0
        node = self
        while node is not None:
            t += node.value
            node = node.next
        return t


head = None
for v in [5, 4, 3, 2, 1]:
    head = Node(v, head)
print(head.value, head.length(), head.total())
print(head.next.next.value, head.next.length(), head.next.next.next.next.next is None)
