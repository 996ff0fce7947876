# str(), int(), float() conversions between numbers and text, and repr().

print(str(42), str(-7), str(3.5), str(1e16), str(True), str(None))
print(str(2 ** 70))
print(int("123") + 1, int("-45"), int("  17 "), int("007"))
print(int("123456789012345678901234567890") + 1)
print(float("2.5") * 2, float("-0.125"), float("1e3"), float("3"))
print(int(2.9), int(-2.9), int(True), int(0.0))
print(float(1), float(True))
print(str(1) + str(2), int("1") + int("2"))
print(repr("abc"), repr(""), repr("it's"), repr(1), repr(2.0), repr(None))
print(repr([1, "a", 2.5, None, True]))
print(repr((1,)), repr(()), repr({"k": "v"}))
print(repr("tab\there"), repr("line\nbreak"))

digits = ""
n = 9876
while n > 0:
    digits = str(n % 10) + digits
    n = n // 10
print(digits, int(digits) * 2)

total = 0
for piece in "10 20 30 -5".split():
    total += int(piece)
print(total)
print(str(0.1 + 0.2), len(str(1 / 3)))
