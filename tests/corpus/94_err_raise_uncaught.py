# An explicitly raised ValueError that nothing catches, thrown from a nested
# call after an inner try/except handled a different error.


def parse_percent(text):
    try:
        n = int(text)
    except ValueError:
        print("not a number:", text)
        return 0
    if n < 0 or n > 100:
        raise ValueError("percent out of range: " + str(n))
    return n


for t in ["50", "abc", "100", "250", "7"]:
    print(t, parse_percent(t))
