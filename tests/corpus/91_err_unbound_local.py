# Uncaught UnboundLocalError: a local read before it is assigned (the later
# assignment makes `count` local to the whole function).

count = 5


def increment():
    print("inside increment")
    count = count + 1
    return count


print("count is", count)
print(increment())
