# Matrix multiplication and identity / power on nested lists (ints and floats).


def mat_mul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = []
    for i in range(n):
        row = []
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            row.append(s)
        out.append(row)
    return out


def identity(n):
    rows = []
    for i in range(n):
        row = [0] * n
        row[i] = 1
        rows.append(row)
    return rows


def mat_pow(a, e):
    result = identity(len(a))
    while e > 0:
        if e % 2 == 1:
            result = mat_mul(result, a)
        a = mat_mul(a, a)
        e = e // 2
    return result


a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(mat_mul(a, b))
print(mat_mul([[1, 2, 3]], [[4], [5], [6]]))
print(mat_mul(a, identity(2)) == a)
# Fibonacci via matrix power, including big ints.
print(mat_pow([[1, 1], [1, 0]], 10))
print(mat_pow([[1, 1], [1, 0]], 100)[0][1])
rot = [[0.0, -1.0], [1.0, 0.0]]
print(mat_pow(rot, 4), mat_pow(rot, 3))
half = [[0.5, 0.25], [0.125, 1.5]]
print(mat_mul(half, half))
