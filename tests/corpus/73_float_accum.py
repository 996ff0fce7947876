# Float accumulation: rounding error in repeated sums, Newton's square root,
# numerical integration and a series for pi.

s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0, abs(s - 1.0) < 1e-9)


def sqrt(x):
    guess = x / 2.0
    for i in range(30):
        guess = (guess + x / guess) / 2.0
    return guess


print(sqrt(2.0), sqrt(9.0), sqrt(1e10))

# Trapezoidal integral of x*x from 0 to 1.
n = 1000
h = 1.0 / n
area = 0.0
for i in range(n):
    x0 = i * h
    x1 = x0 + h
    area += (x0 * x0 + x1 * x1) * h / 2
print(area)

# Leibniz series for pi.
pi = 0.0
sign = 1.0
for k in range(10000):
    pi += sign * 4.0 / (2 * k + 1)
    sign = -sign
print(pi)

# Compound interest, with round() for display.
balance = 1000.0
for year in range(10):
    balance = balance * 1.05
print(balance, round(balance, 2))
