# Floats on both sides of the immediate range (magnitudes about 1.2e-38 to 6.8e38 live in the value
# word, everything else is a heap float): arithmetic in hot loops that leaves the range and comes
# back, zeros and their signs, equality and hashing across the two forms, identity, repr, dict keys.

# A hot loop whose values grow out of the immediate range (to 1e300 and inf) and shrink back.
x = 1.5
trace = []
for i in range(80):
    x = x * 1e10
    if i % 8 == 0:
        trace.append(x)
print(trace[:4], x)
y = 1e300
for i in range(20):
    y = y * 1e-20
print(y, y * 1e-30, y * 1e-300 * 1e-30)

# Sums and differences that cross the boundary in both directions and land on exact zeros.
big = 3e38
s = 0.0
for i in range(10):
    s = s + big
print(s, s - s, s - 10.0 * big, -(s - s))
tiny = 1.2e-38
t = tiny
for i in range(6):
    t = t * 0.5
print(t, t * 64.0, t * 64.0 == tiny, t * 64.0 - tiny)

# Signed zeros and the smallest and largest exponents with an immediate form.
z = 0.0 * -1.0
print(z, -z, z == 0.0, repr(0.0 - 0.0), 1.1754943508222875e-38, 1.1754943508222874e-38, 6.805646932770577e+38)

# Equality, ordering and hashing: a float equal to an int is the same dict key,
# whichever form the float has.
d = {1.0: 'float one', 2: 'int two', 1e300: 'big', 0.5: 'half'}
d[1] = 'int one'
d[2.0] = 'float two'
print(d, len(d))
print({0.0: 'a', -0.0: 'b', 0: 'c', False: 'd'}, {1e300: 1, 1e300 * 1.0: 2}, 1e300 in d, 1e100 * 1e200 in d)
print(1.0 == 1, 2.5 > 2, 1e300 > 10 ** 299, 1e-300 < 1e-40, 3e38 * 10 > 3e38, sorted([1e300, 1.0, -1e-300, 0.0, 5e-324]))

# Identity of floats: a name is its own value, and a float in a container stays that float.
p = 2.75
q = [p, 1e300]
print(p is q[0], q[1] is q[1], q.index(2.75), q.count(1e300))

# Conversions and builtins on both forms.
print(int(2.75), int(-1e20), int(1e300) > 10 ** 299, float(3), float('1e-39'), abs(-1e300), abs(-0.5), round(1e300) > 0)
print(str(1e16), str(1e-5), repr(123456789.125), max(1e300, 2.0), min(-1e300, -2.0), sum([1e38, 1e38, 1e38, 1e38]))
print(bool(0.0), bool(-0.0), bool(1e-300), not 0.5, 0.1 + 0.2, 1 / 3, 2 ** 0.5)
