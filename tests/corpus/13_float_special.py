# Special floats: infinity from overflow, negative zero, huge and tiny values.
# (NaN lives in its own program, 14_float_nan.py, as it is optional.)

inf = 1e308 * 10
print(inf)
print(-inf)
print(inf > 1e308)
print(inf == inf + 1)
print(-inf < -1e308)
print(1 / inf)
print(-1 / inf)
print(inf * 0.5)

negzero = -0.0
print(negzero)
print(negzero == 0.0)
print(0.0 * -1)
print(-1.0 * 0.0)
print(-0.0 + 0.0)
print(-0.0 - 0.0)
print(abs(-0.0))
print(-(0.0))
print(str(-0.0), repr(-0.0))

print(1.5e300 * 1e8)
print(1.5e300 * 1.5e300)
print(-1.5e300 * 1e10)
print(1e-300 * 1e-300)
print(1e308 + 1e308)
print(float(2 ** 1023))
print(max(inf, 1e308), min(-inf, 0.0))
