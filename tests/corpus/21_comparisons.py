# Comparison operators on ints, floats, mixed numbers, strings, lists, tuples.

print(1 < 2, 2 < 1, 2 <= 2, 3 >= 4, 5 == 5, 5 != 5)
print(1 == 1.0, 1 < 1.5, 2.5 > 2, -1 < -0.5, 0 == -0.0)
print(2 ** 64 > 1.0, 2 ** 64 == 2.0 ** 64, 10 ** 400 > 1e308)
# Int/float comparison is exact: 2**53 + 1 is not representable as a float.
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > 2.0 ** 53)
print(-(2 ** 80) < -1e20, -(2 ** 80) < 0)
print(True == 1, False == 0, True > False)

print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "abc" == "abc")
print("apple" > "Apple", "10" < "9")
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] == [], [1, [2]] == [1, [2]])
print((1, 2) < (1, 3), (2,) > (1, 9, 9), (1, 2) == (1, 2))
print({"a": 1} == {"a": 1}, {"a": 1} != {"a": 2})
print(1 == "1", "1" != 1, None == None, None != 0, [] == ())


def compare(a, b):
    if a < b:
        return "less"
    elif a == b:
        return "equal"
    else:
        return "greater"


print(compare(1, 2), compare(2.0, 2), compare("b", "a"), compare(-1, -1.5))
