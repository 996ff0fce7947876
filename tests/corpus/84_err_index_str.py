# Uncaught IndexError: a negative index beyond the start of a string.

s = "abc"
print(s[-1], s[-2], s[-3])
print(s[-4])
