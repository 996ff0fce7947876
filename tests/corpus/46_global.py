# Module globals read and written from functions with `global`.

counter = 0
history = []
LIMIT = 5


def bump():
    global counter
    counter += 1
    history.append(counter)


def reset():
    global counter, history
    counter = 0
    history = []


def read_only():
    return counter * 10 + LIMIT


for i in range(3):
    bump()
print(counter, history, read_only())
reset()
print(counter, history)
bump()
print(counter, history)


def shadow():
    counter = 100
    return counter


print(shadow(), counter)


def set_new_global():
    global created_later
    created_later = "made in a function"


set_new_global()
print(created_later)
