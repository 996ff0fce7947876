# String processing: palindromes (ignoring case and punctuation) and
# run-length encoding and decoding.


def clean(text):
    out = ""
    for ch in text.lower():
        if "a" <= ch <= "z" or "0" <= ch <= "9":
            out += ch
    return out


def is_palindrome(text):
    t = clean(text)
    i = 0
    j = len(t) - 1
    while i < j:
        if t[i] != t[j]:
            return False
        i += 1
        j -= 1
    return True


def rle_encode(s):
    if s == "":
        return ""
    out = ""
    prev = s[0]
    n = 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out = out + str(n) + prev
            prev = ch
            n = 1
    return out + str(n) + prev


def rle_decode(s):
    out = ""
    num = ""
    for ch in s:
        if "0" <= ch <= "9":
            num += ch
        else:
            out += ch * int(num)
            num = ""
    return out


for t in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon"]:
    print(repr(t), is_palindrome(t))
enc = rle_encode("aaabccddddddddddddz")
print(enc, rle_decode(enc), rle_decode(enc) == "aaabccddddddddddddz")
print(repr(rle_encode("")), rle_encode("x"))
