# dict.get with and without defaults, item assignment, overwriting, pop,
# and dicts with int, str and tuple keys.

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", 99))
d["c"] = 3
d["a"] = 10
print(d, len(d))
print(d.pop("b"), d)
print(d.pop("missing", "fallback"))

squares = {}
for i in range(6):
    squares[i] = i * i
print(squares, squares[4])
squares[2] = "two"
print(squares)

inventory = {"apples": 3}
for item in ["apples", "pears", "apples", "plums", "pears"]:
    inventory[item] = inventory.get(item, 0) + 1
print(inventory)

# True == 1 (and they hash alike), so the True entry overwrites the value of
# key 1 but the key stays the int 1.
mixed = {1: "int", 1.5: "float", "1": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(mixed)
print(mixed[1], mixed[1.5], mixed["1"], mixed[(1, 2)], mixed[None])
print({}, dict(), dict([("x", 1), ("y", 2)]))
