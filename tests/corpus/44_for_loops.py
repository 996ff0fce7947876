# for loops over range, list, tuple, str and dict, plus enumerate and zip,
# nested loops, and the loop variable surviving the loop.

for i in range(3):
    print("range", i)
for x in [10, 20]:
    print("list", x)
for x in (1.5, "t"):
    print("tuple", x)
for ch in "hey":
    print("str", ch)
for k in {"k1": 1, "k2": 2}:
    print("dict", k)
for i, ch in enumerate("ab"):
    print("enumerate", i, ch)
for a, b in zip([1, 2, 3], "xyz"):
    print("zip", a, b)
for a, b in zip([1, 2, 3, 4], [5, 6]):
    print("zip-short", a, b)
print(list(enumerate(["p", "q"])), list(zip((1, 2), (3, 4))))

for i in range(4):
    pass
print("after loop", i)

table = ""
for i in range(1, 4):
    for j in range(1, 4):
        table = table + str(i * j) + " "
    table = table + "| "
print(table)

for x in []:
    print("never")
