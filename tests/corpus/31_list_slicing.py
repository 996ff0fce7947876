# List slicing (copies), slices with steps, and slice assignment that grows,
# shrinks or replaces parts of a list.

xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[::3], xs[::-1], xs[8:2:-2])
print(xs[5:2], xs[20:], xs[-20:2])
c = xs[:]
c[0] = 99
print(xs[0], c[0])

a = [0, 1, 2, 3, 4, 5]
a[1:3] = ["x", "y", "z"]
print(a)
a[0:2] = []
print(a)
a[len(a):] = [6, 7]
print(a)
a[:0] = ["start"]
print(a)
a[2:2] = [1.5]
print(a)
a[:] = [1, 2, 3]
print(a)
b = list(range(8))
b[::2] = ["e", "e", "e", "e"]
print(b)
b[1::2] = [0, 0, 0, 0]
print(b)

# Rotation with slices.
r = [1, 2, 3, 4, 5]
for k in range(3):
    r = r[1:] + r[:1]
    print(r)
