# chr/ord: a Caesar cipher, character classification by code point, and a
# simple checksum over a string.


def shift_char(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    return ch


def caesar(text, k):
    out = ""
    for ch in text:
        out = out + shift_char(ch, k)
    return out


msg = "Hello, World! xyz"
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 26) == msg)

alphabet = ""
for c in range(ord("a"), ord("z") + 1):
    alphabet += chr(c)
print(alphabet)

checksum = 0
for ch in "The quick brown fox":
    checksum = (checksum * 31 + ord(ch)) % 1000000007
print(checksum)
print(ord(" "), ord("~"), chr(48), chr(126), repr(chr(10)))
