# while loops with break and continue, and break/continue in for loops.

n = 0
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print("odd", n)
print("n =", n)

i = 0
while True:
    i += 1
    if i * i > 50:
        break
print(i)

for x in range(10):
    if x == 3:
        continue
    if x == 6:
        break
    print("for", x)

# First prime above 100, with a nested loop and a flag.
candidate = 100
while True:
    candidate += 1
    is_prime = True
    d = 2
    while d * d <= candidate:
        if candidate % d == 0:
            is_prime = False
            break
        d += 1
    if is_prime:
        break
print(candidate)

# break leaves only the innermost loop.
pairs = 0
for a in range(5):
    for b in range(5):
        if b > a:
            break
        pairs += 1
print(pairs)

# A while loop whose condition is false from the start never runs.
count = 0
while count > 0:
    count += 1
print(count)
