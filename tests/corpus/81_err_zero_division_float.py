# Uncaught ZeroDivisionError from float true division.

x = 1.5
for d in [2.0, 0.5, -4.0]:
    print(x / d)
d = 0.0
print("dividing by", d)
print(x / d)
print("not reached")
