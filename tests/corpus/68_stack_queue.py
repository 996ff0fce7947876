# A stack and a queue on lists: balanced brackets and a breadth-first search.


def balanced(text):
    stack = []
    pairs = {")": "(", "]": "[", "}": "{"}
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in ")]}":
            if len(stack) == 0 or stack.pop() != pairs[ch]:
                return False
    return len(stack) == 0


for t in ["()", "([]{})", "(]", "((", "", "a(b[c]d)e", "}"]:
    print(repr(t), balanced(t))

graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
}
dist = {"a": 0}
queue = ["a"]
order = []
while queue:
    node = queue.pop(0)
    order.append(node)
    for nxt in graph[node]:
        if nxt not in dist:
            dist[nxt] = dist[node] + 1
            queue.append(nxt)
print(order)
print(dist)

# Reverse Polish notation evaluator.
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok == "+":
            b = st.pop()
            st.append(st.pop() + b)
        elif tok == "-":
            b = st.pop()
            st.append(st.pop() - b)
        elif tok == "*":
            b = st.pop()
            st.append(st.pop() * b)
        elif tok == "/":
            b = st.pop()
            st.append(st.pop() / b)
        else:
            st.append(int(tok))
    return st.pop()


print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("7 2 /"))
