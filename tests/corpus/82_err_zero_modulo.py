# Uncaught ZeroDivisionError from integer modulo in a loop.

n = 100
for k in [7, 3, 1, 0, 5]:
    print(n, "%", k, "=", n % k)
print("not reached")
