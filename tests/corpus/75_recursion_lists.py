# Recursion building lists: permutations, subsets (power set), Towers of
# Hanoi moves and a recursive flatten.


def permutations(xs):
    if len(xs) <= 1:
        return [xs[:]]
    out = []
    for i in range(len(xs)):
        rest = xs[:i] + xs[i + 1:]
        for p in permutations(rest):
            out.append([xs[i]] + p)
    return out


def subsets(xs):
    if len(xs) == 0:
        return [[]]
    without = subsets(xs[1:])
    result = []
    for s in without:
        result.append(s)
    for s in without:
        result.append([xs[0]] + s)
    return result


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)


def flatten(x, out):
    if isinstance(x, list):
        for item in x:
            flatten(item, out)
    else:
        out.append(x)
    return out


print(permutations([1, 2, 3]))
print(len(permutations([1, 2, 3, 4, 5])))
print(subsets(["a", "b", "c"]))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), " ".join(moves))
print(flatten([1, [2, [3, [4, [5]]], 6], [], [[7]]], []))
