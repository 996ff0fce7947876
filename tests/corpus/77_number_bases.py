# Converting ints to binary/hex strings by hand (no bin()/hex()) and back,
# including negative and big ints.

DIGITS = "0123456789abcdef"


def to_base(n, base):
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = ""
    while n > 0:
        out = DIGITS[n % base] + out
        n = n // base
    return sign + out


def from_base(s, base):
    sign = 1
    if s.startswith("-"):
        sign = -1
        s = s[1:]
    n = 0
    for ch in s:
        n = n * base + DIGITS.find(ch)
    return sign * n


for n in [0, 1, 5, 255, -10, 1024, 2 ** 64, -(2 ** 70) + 1]:
    b = to_base(n, 2)
    h = to_base(n, 16)
    print(n, b, h, from_base(b, 2) == n, from_base(h, 16) == n)
print(to_base(12345, 7), from_base("ff", 16), from_base("777", 8))
