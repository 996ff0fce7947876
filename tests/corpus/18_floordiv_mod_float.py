# `//` and `%` on floats and on int/float mixes; the results are floats and
# follow the same floor semantics as for ints, including signed zeros.

pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (-7, 2.5),
         (1.0, 0.1), (5.5, 5.5), (0.0, 3), (6.0, 3), (-6.0, 3), (6.0, -3),
         (-6.0, -3), (1e20, 3.0), (-1e-10, 1.0)]
for a, b in pairs:
    print(a, b, a // b, a % b)

print(3.7 // 1, 3.7 % 1)
print(-3.7 // 1, -3.7 % 1)
print(2 ** 60 // 2.0)

x = 10.0
steps = 0
while x > 1:
    x = x // 1.5
    steps += 1
print(x, steps)
