# A hot loop (100k+ iterations) so that tiering / trace compilation kicks in,
# with a few branches and calls inside the loop.


def step(x):
    return (x * 1103515245 + 12345) % 2147483648


def hot(n):
    x = 42
    evens = 0
    acc = 0
    for i in range(n):
        x = step(x)
        if x % 2 == 0:
            evens += 1
        else:
            acc += x % 1000
        acc = acc ^ (i & 255)
    return x, evens, acc


print(hot(100000))

s = 0.0
i = 0
while i < 100000:
    s += 1.0 / (i + 1)
    i += 1
print(s)

count = 0
for j in range(150000):
    if j % 3 == 0 or j % 5 == 0:
        count += j
print(count)
