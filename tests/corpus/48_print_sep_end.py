# print with several arguments and the sep/end keyword arguments.

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" | ")
print("no newline", end="")
print(" <- continued")
print("x", end="-")
print("y", end="-")
print("z")
print("multi", "args", sep="\n", end="\n--\n")
print()
print("", "")
print(sep="?")
for i in range(5):
    print(i, end=" ")
print()
print("a", 1, sep="", end="!\n")
