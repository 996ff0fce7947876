# Uncaught ValueError: int() of a string that is not a number.

tokens = "12 7 -3 x 9".split()
total = 0
for t in tokens:
    total += int(t)
    print("running total", total)
print("not reached")
