# A class attribute shared by all instances, used as an instance counter;
# instance attributes shadow class attributes.


class Widget:
    count = 0
    kind = "widget"

    def __init__(self, name):
        Widget.count += 1
        self.name = name
        self.serial = Widget.count

    def label(self):
        return self.kind + "#" + str(self.serial) + ":" + self.name


print(Widget.count)
a = Widget("a")
b = Widget("b")
c = Widget("c")
print(Widget.count, a.count, c.serial)
print(a.label(), b.label(), c.label())
b.kind = "gadget"
print(b.label(), a.label(), Widget.kind)
Widget.kind = "thing"
print(a.label(), b.label())
