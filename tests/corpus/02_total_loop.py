# The `total += i` loop from CPython's design talks: an in-place add on a local
# inside a range loop (BINARY_OP_INPLACE_ADD_INT-style specialization).


def total_loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


print(total_loop(0))
print(total_loop(1))
print(total_loop(10))
print(total_loop(1000))
print(total_loop(20000))
