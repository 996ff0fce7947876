# Uncaught NameError: reading a global that was never assigned. (The name is
# chosen so that CPython 3.11 offers no "Did you mean" suggestion.)


def report():
    print("report begins")
    return qqq_undefined_thing + 1


print("before")
print(report())
