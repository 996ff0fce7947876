# Iterating dicts: over keys, keys(), values(), items(), all in insertion
# order; removing (pop) and re-inserting a key moves it to the end.

d = {}
d["zebra"] = 1
d["apple"] = 2
d["mango"] = 3
for k in d:
    print(k, d[k])
print(list(d.keys()))
print(list(d.values()))
print(list(d.items()))
for k, v in d.items():
    print(k + "=" + str(v))
total = 0
for v in d.values():
    total += v
print(total)

d.pop("zebra")
d["zebra"] = 4
print(d)
d["apple"] = 20
print(list(d))

keys = []
for k in d.keys():
    keys.append(k.upper())
print(keys)
print(len(d), "mango" in d.keys(), 3 in d.values())
