# True division `/` always produces a float, also for ints that divide evenly.

print(7 / 2)
print(6 / 3)
print(-7 / 2)
print(1 / 3)
print(2 / 3)
print(-1 / 3)
print(1 / 7)
print(0 / 5)
print(0 / -5)
print(10 / 4.0)
print(1.0 / 3)
print(22 / 7)
print(1 / 1024)
print(10 ** 30 / 10 ** 10)
print(2 ** 100 / 3)
print(-(2 ** 100) / 7)
print(1 / 2 ** 60)
print(3 / 2 ** 80)

x = 1
for i in range(5):
    x = x / 2
    print(x)

count = 0
for a in range(1, 50):
    for b in range(1, 50):
        if a / b * b == a:
            count += 1
print(count)
