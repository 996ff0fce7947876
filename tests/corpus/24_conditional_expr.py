# Conditional expressions `a if cond else b`, nested and in loops.


def sign(n):
    return "negative" if n < 0 else ("zero" if n == 0 else "positive")


for n in [-5, 0, 7, -0.5, 2.5]:
    print(n, sign(n))

out = ""
for i in range(1, 16):
    out = out + ("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i))
    out = out + " "
print(out)

x = 3
y = x * 2 if x > 2 else x - 2
print(y)
print(1 if [] else 2, 1 if [0] else 2)
