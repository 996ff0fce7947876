# The one program whose classes define __str__ and __repr__: print uses
# __str__, containers and repr() use __repr__.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100 // 10) + str(self.cents % 10)

    def __repr__(self):
        return "Money(" + str(self.cents) + ")"


class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<" + self.name + ">"


m = Money(1234)
print(m)
print(str(m), repr(m))
print([m, Money(5)])
print({"price": m})
t = Tag("b")
print(t, str(t), [t, t])
print("total: " + str(Money(99)))
