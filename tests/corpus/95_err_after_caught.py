# An exception caught and handled, then the same kind raised again outside
# any try: only the second one ends the program.

xs = [1, 2, 3]
try:
    print(xs[5])
except IndexError as e:
    print("handled:", e)
print("continuing")
xs.pop()
xs.pop()
xs.pop()
print(xs)
xs.pop()
