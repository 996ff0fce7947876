# Catching ZeroDivisionError, IndexError, KeyError, ValueError and TypeError
# with `except E as e`, printing str(e); exceptions raised inside callees;
# handlers that do not match letting the exception through to an outer try.

try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print([1, 2, 3][3])
except IndexError as e:
    print("IndexError:", e)
try:
    print("abc"[-4])
except IndexError as e:
    print("IndexError:", e)
try:
    print({"a": 1}["b"])
except KeyError as e:
    print("KeyError:", e)
try:
    print(int("twelve"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 + "1")
except TypeError as e:
    print("TypeError:", e)
try:
    print("1" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)


def risky(kind):
    if kind == 0:
        return 10 // kind
    if kind == 1:
        return [][kind]
    if kind == 2:
        return {}["missing"]
    return kind


for k in range(4):
    try:
        print("result", risky(k))
    except ZeroDivisionError:
        print("caught zero division for", k)
    except IndexError as e:
        print("caught index error for", k, e)
    except KeyError as e:
        print("caught key error for", k, e)

try:
    try:
        risky(2)
    except IndexError:
        print("inner handler: not reached")
    print("not reached either")
except KeyError as e:
    print("outer handler got", e)

try:
    int("3.5")
except (TypeError, ValueError) as e:
    print("tuple of types:", e)
print("done")
