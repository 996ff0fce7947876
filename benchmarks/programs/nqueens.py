# Benchmark: count the solutions of the N-queens problem by backtracking,
# with lists of booleans for the occupied columns and diagonals. Recursion,
# list indexing and small-int arithmetic. Prints the solution counts.

N = 12


def solve(row, n, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if not cols[c] and not diag1[row + c] and not diag2[row - c + n - 1]:
            cols[c] = True
            diag1[row + c] = True
            diag2[row - c + n - 1] = True
            count += solve(row + 1, n, cols, diag1, diag2)
            cols[c] = False
            diag1[row + c] = False
            diag2[row - c + n - 1] = False
    return count


def queens(n):
    return solve(0, n, [False] * n, [False] * (2 * n - 1), [False] * (2 * n - 1))


counts = []
for n in range(4, N + 1):
    counts.append(queens(n))
print("nqueens", N, counts)
