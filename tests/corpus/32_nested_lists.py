# Nested lists: a 2-D grid built row by row, transposition, and the
# aliasing trap of `[[0] * n] * m`.

rows = 3
cols = 4
grid = []
for r in range(rows):
    row = []
    for c in range(cols):
        row.append(r * cols + c)
    grid.append(row)
print(grid)
print(grid[1][2], grid[-1][-1], len(grid), len(grid[0]))

t = []
for c in range(cols):
    col = []
    for r in range(rows):
        col.append(grid[r][c])
    t.append(col)
print(t)

grid[0][0] = "top-left"
print(grid[0])

shared = [[0] * 2] * 3
shared[0][0] = 1
print(shared)
separate = [[0] * 2, [0] * 2, [0] * 2]
separate[0][0] = 1
print(separate)

total = 0
for row in t:
    for v in row:
        if isinstance(v, int):
            total += v
print(total)

tree = [1, [2, [3, [4, []]]]]
depth = 0
node = tree
while node:
    depth += 1
    node = node[1]
print(depth)
