# Conway's Game of Life on a small wrapping grid: a glider, printed as text.


def make_grid(rows, cols, cells):
    grid = []
    for r in range(rows):
        grid.append([0] * cols)
    for r, c in cells:
        grid[r][c] = 1
    return grid


def neighbours(grid, r, c):
    rows = len(grid)
    cols = len(grid[0])
    n = 0
    for dr in [-1, 0, 1]:
        for dc in [-1, 0, 1]:
            if dr != 0 or dc != 0:
                n += grid[(r + dr) % rows][(c + dc) % cols]
    return n


def step(grid):
    new = []
    for r in range(len(grid)):
        row = []
        for c in range(len(grid[0])):
            n = neighbours(grid, r, c)
            alive = grid[r][c] == 1
            row.append(1 if (alive and (n == 2 or n == 3)) or (not alive and n == 3) else 0)
        new.append(row)
    return new


def show(grid):
    for row in grid:
        line = ""
        for v in row:
            line += "#" if v else "."
        print(line)


g = make_grid(6, 6, [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)])
show(g)
for gen in range(4):
    g = step(g)
print("after 4 generations:")
show(g)
for gen in range(20):
    g = step(g)
live = 0
for row in g:
    live += sum(row)
print("live cells after 24:", live)
