# Insertion sort and selection sort, hand-written.


def insertion_sort(xs):
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key


def selection_sort(xs):
    n = len(xs)
    for i in range(n):
        smallest = i
        for j in range(i + 1, n):
            if xs[j] < xs[smallest]:
                smallest = j
        if smallest != i:
            xs[i], xs[smallest] = xs[smallest], xs[i]


a = [31, 41, 59, 26, 41, 58]
insertion_sort(a)
print(a)
b = [31, 41, 59, 26, 41, 58]
selection_sort(b)
print(b, a == b)
c = []
insertion_sort(c)
print(c)
d = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
insertion_sort(d)
print(d)
e = list("insertion")
selection_sort(e)
print("".join(e))
