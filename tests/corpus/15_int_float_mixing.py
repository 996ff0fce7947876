# Mixing ints and floats: the result is a float as soon as one operand is.

print(1 + 2.0)
print(3 * 1.5)
print(10 - 0.5)
print(2 * 0.1)
print(7 + 0.0)
print(1 == 1.0, 2 == 2.5, 1.0 == True)
print(int(3.99), int(-3.99), int(1e10))
print(float(7), float(-3), float(2 ** 70))
print(3 + True, True + True, False * 10)
print(2.0 * 3 == 6, 6 / 2 == 3)

total = 0
for i in range(10):
    total = total + i * 0.5
print(total)

n = 1
for i in range(5):
    n = n * 3
    if i == 2:
        n = n + 0.25
    print(i, n)

print(10 ** 20 + 0.5)
print(2 ** 53 + 1.0)
print(max(3, 2.5), min(3, 2.5), max(2, 2.0), min(2.0, 2))
print(sum([1, 2, 3.5]), sum([0.1] * 10))
