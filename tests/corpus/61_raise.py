# raise with built-in exception classes and messages, re-raise with a bare
# `raise`, and raising from deep inside a call chain.


def check_age(age):
    if not isinstance(age, int):
        raise TypeError("age must be an int")
    if age < 0:
        raise ValueError("age must be >= 0, got " + str(age))
    return age


for a in [30, -1, "x", 0]:
    try:
        print("ok", check_age(a))
    except ValueError as e:
        print("bad value:", e)
    except TypeError as e:
        print("bad type:", e)


def level3(n):
    if n > 2:
        raise IndexError("too deep: " + str(n))
    return n


def level2(n):
    return level3(n + 1) * 10


def level1(n):
    return level2(n + 1) + 1


print(level1(0))
try:
    print(level1(1))
except IndexError as e:
    print("caught:", e)

try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        print("handling", e, "and re-raising")
        raise
except KeyError as e:
    print("re-raised:", e)

try:
    raise ZeroDivisionError
except ZeroDivisionError as e:
    print("no message:", repr(str(e)))

err = ValueError("stored")
try:
    raise err
except ValueError as e:
    print(e is err, e)
