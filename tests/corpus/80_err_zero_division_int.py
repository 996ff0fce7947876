# Uncaught ZeroDivisionError from integer floor division inside a function:
# the lines printed before the error must still appear on stdout.


def average_gap(xs):
    total = 0
    for x in xs:
        total += x
    return total // (len(xs) - 3)


print("start")
print(average_gap([1, 2, 3, 4]))
print("about to fail")
print(average_gap([1, 2, 3]))
print("not reached")
