# Sieve of Eratosthenes over a list of booleans, plus trial division.


def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            m = p * p
            while m <= n:
                is_prime[m] = False
                m += p
        p += 1
    primes = []
    for i in range(n + 1):
        if is_prime[i]:
            primes.append(i)
    return primes


def is_prime_td(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


ps = sieve(100)
print(ps)
big = sieve(20000)
print(len(big), big[-1], sum(big))
agree = True
for i in range(500):
    if is_prime_td(i) != (i in ps or (i > 100 and i in big)):
        agree = False
print(agree)
print(is_prime_td(2147483647))
