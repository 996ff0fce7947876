# Uncaught TypeError: adding an int and a str.

a = 1
b = "a"
print(a, b)
print(str(a) + b)
print(a + b)
