# Uncaught TypeError: calling something that is not callable.

limit = 10
print(limit * 2)
print(limit(3))
