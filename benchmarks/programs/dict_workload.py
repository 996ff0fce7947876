# Benchmark: dict work: counting string and int keys, get with a default,
# membership tests, iteration over items in insertion order, pop.
# Prints a checksum.

ROUNDS = 80
N = 20000


def one_round(r, acc):
    counts = {}
    squares = {}
    seed = r + 1
    for i in range(N):
        seed = (seed * 1103515245 + 12345) % 2147483648
        key = "k" + str(seed % 1500)
        counts[key] = counts.get(key, 0) + 1
        k2 = seed % 3000
        if k2 in squares:
            squares[k2] = squares[k2] + 1
        else:
            squares[k2] = k2 * k2
    position = 0
    for key, n in counts.items():
        position += 1
        acc = (acc * 31 + n * position + len(key)) % 1000000007
    removed = 0
    for k in list(squares.keys()):
        if k % 3 == 0:
            removed += squares.pop(k)
        elif k % 5 == 0:
            squares.pop(k)
    total = 0
    for v in squares.values():
        total += v
    return (acc + removed + total + len(squares) + len(counts)) % 1000000007


def main():
    acc = 0
    for r in range(ROUNDS):
        acc = one_round(r, acc)
    return acc


print("dict_workload", ROUNDS, N, main())
