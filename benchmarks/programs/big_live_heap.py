# Benchmark: allocation with a big live heap (issue 20, item 4). A list of N ints is built by
# append and stays alive while a float loop allocates a new float on every addition, so the
# collector's work must stay proportional to allocation, not to the live list's length times the
# number of collections. Prints the list's length and sum and the float total.

N = 3000000
FLOAT_STEPS = 1000000


def build(n):
    items = []
    for i in range(n):
        items.append(i)
    return items


def float_total(steps):
    x = 0.0
    for i in range(steps):
        x = x + 0.5
    return x


items = build(N)
total = float_total(FLOAT_STEPS)
s = 0
for v in items:
    s += v
print("big_live_heap", len(items), s, total)
