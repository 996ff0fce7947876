# Benchmark: Mandelbrot-set escape-time iteration over a grid (float
# multiply/add/compare in tight loops, int counters). Only +, -, * and
# comparisons touch floats, so results are bit-exact on any IEEE-754 VM.
# Prints the number of points inside the set and the total iteration count.

WIDTH = 480
HEIGHT = 320
MAX_ITER = 250


def escape_time(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < max_iter:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return max_iter


def mandelbrot(width, height, max_iter):
    inside = 0
    total = 0
    for y in range(height):
        ci = -1.2 + 2.4 * y / height
        for x in range(width):
            cr = -2.1 + 3.0 * x / width
            n = escape_time(cr, ci, max_iter)
            total += n
            if n == max_iter:
                inside += 1
    return inside, total


inside, total = mandelbrot(WIDTH, HEIGHT, MAX_ITER)
print("float_workload", WIDTH, HEIGHT, MAX_ITER, inside, total)
