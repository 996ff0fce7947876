def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a

def total(n):
    total = 0
    for i in range(n):
        total += i
    return total

def expr(a, b, c):
    return (a + b) * c

def aug(a, b):
    a += b + b + b
    return a

def chain(a, b, c):
    if a < b < c and a is not None:
        return a if b else c
    x = a < b < c
    while not x:
        x = True
    return x

print(fib(10), total(10), sep="", end="\n")
