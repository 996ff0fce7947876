# `a += b + b + b`: an augmented assignment whose right side is a chain of adds.


def g(a, b):
    a += b + b + b
    return a


print(g(1, 2))
print(g(10, -3))
print(g(0.5, 0.25))
print(g("x", "yz"))

a = 0
b = 1
for i in range(5):
    a += b + b + b
    b += 1
    print(i, a, b)
