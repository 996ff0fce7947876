# The str methods in the subset: join split upper lower strip startswith
# endswith replace find.

s = "  The Quick Brown Fox  "
print(repr(s.strip()))
print(s.upper())
print(s.lower())
print(s.strip().split())
print("a,b,,c".split(","))
print("one two  three".split(" "))
print("k=v=w".split("="))
print(s.strip().startswith("The"), s.startswith("The"), s.endswith("  "))
print("file.py".endswith(".py"), "file.py".endswith(".txt"))
print("banana".replace("a", "o"))
print("banana".replace("an", ""))
print("banana".find("n"), "banana".find("na", 3), "banana".find("x"))
print("/".join(["usr", "local", "bin"]))
print("-".join("abc".upper()))
print(repr("\t x \n".strip()))

text = "the cat sat on the mat"
parts = text.split()
caps = []
for p in parts:
    caps.append(p[0].upper() + p[1:])
print(" ".join(caps))

csv = "name,age\nalice,30\nbob,25"
for line in csv.split("\n"):
    fields = line.split(",")
    print(fields[0].upper(), fields[1])
