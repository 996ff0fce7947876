# Instances stored in lists and dicts, searched, updated and sorted by hand.


class Student:
    def __init__(self, name, score):
        self.name = name
        self.score = score

    def passed(self):
        return self.score >= 50


roster = []
data = [("ann", 72), ("bob", 45), ("cy", 90), ("dee", 50), ("eve", 12)]
for name, score in data:
    roster.append(Student(name, score))

passing = []
for s in roster:
    if s.passed():
        passing.append(s.name)
print(passing)

best = roster[0]
for s in roster:
    if s.score > best.score:
        best = s
print(best.name, best.score)

for s in roster:
    s.score += 5
print(roster[1].score, roster[1].passed())

# Insertion sort by score, descending.
for i in range(1, len(roster)):
    cur = roster[i]
    j = i - 1
    while j >= 0 and roster[j].score < cur.score:
        roster[j + 1] = roster[j]
        j -= 1
    roster[j + 1] = cur
names = []
for s in roster:
    names.append(s.name + "=" + str(s.score))
print(" ".join(names))

by_name = {}
for s in roster:
    by_name[s.name] = s
by_name["cy"].score = 0
print(roster[0].name, roster[0].score, roster[0] is by_name["cy"])
