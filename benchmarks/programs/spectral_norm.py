# Benchmark: spectral norm of the infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1)
# (after the Computer Language Benchmarks Game program): nested float loops
# over lists. Prints the norm rounded to 9 decimals.

N = 350


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def a_times_u(u, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * u[j]
        out.append(s)
    return out


def at_times_u(u, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * u[j]
        out.append(s)
    return out


def ata_times_u(u, n):
    return at_times_u(a_times_u(u, n), n)


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for i in range(10):
        v = ata_times_u(u, n)
        u = ata_times_u(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return (vbv / vv) ** 0.5


print("spectral_norm", N, round(spectral_norm(N), 9))
