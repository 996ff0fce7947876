# Benchmark: string and list work: generating words, concatenation, join,
# split, slicing, upper/replace/find, reversing lists, and a checksum over
# the characters with ord(). Prints the checksum.

ROUNDS = 300
WORDS = 2000

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def make_words(n, seed):
    words = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        length = 3 + seed % 7
        w = ""
        s = seed
        for k in range(length):
            w = w + LETTERS[s % 26]
            s = s // 26
        words.append(w)
    return words, seed


def checksum_str(text, acc):
    for ch in text:
        acc = (acc * 31 + ord(ch)) % 1000000007
    return acc


def one_round(words, acc):
    text = " ".join(words)
    parts = text.split(" ")
    rev = []
    for w in parts:
        rev.append(w[::-1])
    rev.reverse()
    upper = ",".join(rev).upper()
    replaced = upper.replace("A", "4").replace("E", "3")
    acc = checksum_str(replaced[:500], acc)
    hits = 0
    start = 0
    while True:
        i = replaced.find("4", start)
        if i < 0:
            break
        hits += 1
        start = i + 1
    pieces = []
    for w in parts:
        if w.startswith("a") or w.endswith("z"):
            pieces.append(w)
    middle = parts[len(parts) // 4: len(parts) // 2]
    return (acc + hits * 7 + len(pieces) + len(middle) + len(replaced)) % 1000000007


def main():
    acc = 0
    seed = 42
    for r in range(ROUNDS):
        words, seed = make_words(WORDS, seed)
        acc = one_round(words, acc)
    return acc


print("string_list_workload", ROUNDS, WORDS, main())
