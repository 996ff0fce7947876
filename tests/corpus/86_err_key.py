# Uncaught KeyError: looking up a missing dict key.

ages = {"ann": 31, "bob": 25}
for name in ["ann", "bob"]:
    print(name, ages[name])
print("cy", ages.get("cy", "unknown"))
print("cy", ages["cy"])
