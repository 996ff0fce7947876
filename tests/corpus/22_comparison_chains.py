# Chained comparisons: `a < b < c` means `a < b and b < c`, with b evaluated once.

x = 5
print(1 < x < 10)
print(1 < x > 10)
print(0 <= x <= 5 < 6)
print(10 > x >= 5 == 5.0)
print(1 < 2 < 3 < 4 < 5)
print(1 < 2 < 3 < 2 < 5)
print(x == 5 != 6)
print("a" < "b" < "c")
print(1 < 2.5 < 3)

calls = [0]


def middle(v):
    calls[0] = calls[0] + 1
    return v


print(0 < middle(5) < 10, calls[0])
print(0 < middle(50) < 10, calls[0])
# A false first link short-circuits: the right side is never evaluated.
print(100 < 5 < middle(7), calls[0])

count = 0
for i in range(-3, 15):
    if 0 <= i < 10:
        count += 1
print(count)
