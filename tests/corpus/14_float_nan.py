# NaN (optional for the VM): produced by inf - inf, never equal to itself.

inf = 1e308 * 10
nan = inf - inf
print(nan)
print(-nan)
print(nan == nan)
print(nan != nan)
print(nan < 1.0, nan > 1.0, nan <= nan)
print(nan + 1)
print(inf * 0)
print(float("nan") == float("nan"))
x = nan
print(x == x, x is x)
