#!/usr/bin/env python3
"""Checks that Python programs stay inside the language subset the VM supports.

usage: python3 tests/corpus/check-subset.py FILE.py...

Prints one `file:line: message` per violation and exits 1 if there was any.
The subset (see tests/corpus/README.md) is checked syntactically: forbidden
statements and expressions, builtins outside the allowed list, methods outside
the allowed list (unless a class in the same program defines them), keyword
arguments other than print's sep/end, dunder methods other than __init__
(__str__/__repr__ are accepted in at most one program), number literals other
than plain decimal ones, and string literals with prefixes, triple quotes or
escapes other than \\n \\t \\\\ \\' \\".
"""

import ast
import builtins
import io
import re
import sys
import tokenize

ALLOWED_BUILTINS = {
    "print", "len", "range", "abs", "min", "max", "sum", "int", "float", "str",
    "isinstance", "bool", "list", "tuple", "dict", "repr", "round", "sorted",
    "enumerate", "zip", "chr", "ord",
    "None", "True", "False",
    "ZeroDivisionError", "IndexError", "KeyError", "ValueError", "TypeError",
    "NameError", "UnboundLocalError", "AttributeError",
}
ALLOWED_METHODS = {
    # list
    "append", "pop", "insert", "extend", "index", "reverse", "sort",
    # dict
    "keys", "values", "items", "get",
    # str
    "join", "split", "upper", "lower", "strip", "startswith", "endswith",
    "replace", "find",
}
ALLOWED_DUNDERS = {"__init__"}
ONE_PROGRAM_DUNDERS = {"__str__", "__repr__"}
# Programs allowed to use sorted() / list.sort() (the rest sort by hand).
MAX_SORTING_PROGRAMS = 3

FORBIDDEN_NODES = {
    ast.Import: "import",
    ast.ImportFrom: "import",
    ast.Lambda: "lambda",
    ast.ListComp: "list comprehension",
    ast.SetComp: "set comprehension",
    ast.DictComp: "dict comprehension",
    ast.GeneratorExp: "generator expression",
    ast.Yield: "yield",
    ast.YieldFrom: "yield from",
    ast.With: "with",
    ast.AsyncWith: "async with",
    ast.AsyncFor: "async for",
    ast.AsyncFunctionDef: "async def",
    ast.Await: "await",
    ast.JoinedStr: "f-string",
    ast.Set: "set display",
    ast.Starred: "star expression",
    ast.NamedExpr: "walrus operator",
    ast.Nonlocal: "nonlocal",
    ast.Assert: "assert",
    ast.Match: "match",
    ast.MatMult: "@ operator",
    ast.TryStar: "except*",
}

NUMBER_RE = re.compile(r"^(?:0|[1-9][0-9]*)$|^(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?$")
ESCAPES = {"n", "t", "\\", "'", '"'}


class Checker(ast.NodeVisitor):
    def __init__(self, path, tree):
        self.path = path
        self.errors = []
        self.uses_sorting = False
        self.uses_str_repr = False
        self.class_methods = set()
        self.assigned = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef):
                        self.class_methods.add(item.name)
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                self.assigned.add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                self.assigned.add(node.id)
            elif isinstance(node, ast.arg):
                self.assigned.add(node.arg)
        self.scope = []  # "def" / "class"

    def error(self, node, message):
        self.errors.append("%s:%d: %s" % (self.path, getattr(node, "lineno", 0), message))

    def generic_visit(self, node):
        for cls, what in FORBIDDEN_NODES.items():
            if isinstance(node, cls):
                self.error(node, what + " is outside the subset")
        super().generic_visit(node)

    def visit_FunctionDef(self, node):
        if "def" in self.scope:
            self.error(node, "nested function " + node.name + " (closures are outside the subset)")
        if node.decorator_list:
            self.error(node, "decorator")
        a = node.args
        if a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs:
            self.error(node, "only positional parameters (with defaults) are allowed")
        if node.returns or any(p.annotation for p in a.args):
            self.error(node, "annotations are outside the subset")
        if node.name.startswith("__") and node.name.endswith("__"):
            if node.name in ONE_PROGRAM_DUNDERS:
                self.uses_str_repr = True
            elif node.name not in ALLOWED_DUNDERS:
                self.error(node, "dunder method " + node.name)
        self.scope.append("def")
        self.generic_visit(node)
        self.scope.pop()

    def visit_ClassDef(self, node):
        if "def" in self.scope or "class" in self.scope:
            self.error(node, "nested class")
        if node.bases or node.keywords:
            self.error(node, "base classes are outside the subset")
        if node.decorator_list:
            self.error(node, "decorator")
        for item in node.body:
            if not isinstance(item, (ast.FunctionDef, ast.Assign, ast.Pass)) and not (
                    isinstance(item, ast.Expr) and isinstance(item.value, ast.Constant)):
                self.error(item, "class bodies hold only methods and attribute assignments")
        self.scope.append("class")
        self.generic_visit(node)
        self.scope.pop()

    def visit_Global(self, node):
        if self.scope and self.scope[-1] == "class":
            self.error(node, "global statement inside a class")
        self.generic_visit(node)

    def visit_Try(self, node):
        if node.orelse or node.finalbody:
            self.error(node, "try/else and try/finally are outside the subset")
        self.generic_visit(node)

    def visit_For(self, node):
        if node.orelse:
            self.error(node, "for/else is outside the subset")
        self.generic_visit(node)

    def visit_While(self, node):
        if node.orelse:
            self.error(node, "while/else is outside the subset")
        self.generic_visit(node)

    def visit_Delete(self, node):
        for t in node.targets:
            if not isinstance(t, ast.Subscript):
                self.error(node, "del is only used on dict items")
        self.generic_visit(node)

    def visit_BinOp(self, node):
        if isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant) and isinstance(node.left.value, str):
            self.error(node, "%-formatting is outside the subset")
        self.generic_visit(node)

    def visit_Constant(self, node):
        if not isinstance(node.value, (int, float, str, type(None))):
            self.error(node, "literal of type " + type(node.value).__name__)
        self.generic_visit(node)

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load) and node.id not in self.assigned:
            if hasattr(builtins, node.id) and node.id not in ALLOWED_BUILTINS:
                self.error(node, "builtin " + node.id + " is outside the subset")
        self.generic_visit(node)

    def visit_Attribute(self, node):
        if node.attr.startswith("__"):
            self.error(node, "dunder attribute " + node.attr)
        self.generic_visit(node)

    def visit_Call(self, node):
        f = node.func
        is_print = isinstance(f, ast.Name) and f.id == "print"
        for kw in node.keywords:
            if not (is_print and kw.arg in ("sep", "end")):
                self.error(node, "keyword argument " + str(kw.arg) + " (only print's sep/end are allowed)")
        if isinstance(f, ast.Name) and f.id == "sorted":
            self.uses_sorting = True
        if isinstance(f, ast.Attribute):
            if f.attr == "sort":
                self.uses_sorting = True
            if f.attr not in ALLOWED_METHODS and f.attr not in self.class_methods:
                self.error(node, "method " + f.attr + " is outside the subset")
        self.generic_visit(node)

    def visit_Compare(self, node):
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.Is, ast.IsNot)) and isinstance(right, ast.Constant) and right.value is not None \
                    and not isinstance(right.value, bool):
                self.error(node, "`is` with a number or string literal")
        self.generic_visit(node)


def check_tokens(path, source, errors):
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        line = tok.start[0]
        if tok.type == tokenize.NUMBER and not NUMBER_RE.match(tok.string):
            errors.append("%s:%d: number literal %s (only plain decimal literals)" % (path, line, tok.string))
        elif tok.type == tokenize.STRING:
            s = tok.string
            if s[0] not in "'\"":
                errors.append("%s:%d: string prefix in %s" % (path, line, s))
                continue
            if s.startswith('"""') or s.startswith("'''"):
                errors.append("%s:%d: triple-quoted string" % (path, line))
                continue
            body = s[1:-1]
            i = 0
            while i < len(body):
                if body[i] == "\\":
                    if i + 1 >= len(body) or body[i + 1] not in ESCAPES:
                        errors.append("%s:%d: escape \\%s in string" % (path, line, body[i + 1:i + 2]))
                    i += 2
                else:
                    if ord(body[i]) > 126:
                        errors.append("%s:%d: non-ASCII character in string" % (path, line))
                    i += 1


def main(paths):
    errors = []
    sorting = []
    str_repr = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            source = f.read()
        try:
            tree = ast.parse(source, path)
        except SyntaxError as e:
            errors.append("%s:%s: syntax error: %s" % (path, e.lineno, e.msg))
            continue
        checker = Checker(path, tree)
        checker.visit(tree)
        errors.extend(checker.errors)
        check_tokens(path, source, errors)
        if checker.uses_sorting:
            sorting.append(path)
        if checker.uses_str_repr:
            str_repr.append(path)
    if len(sorting) > MAX_SORTING_PROGRAMS:
        errors.append("sorted()/list.sort() used in %d programs (at most %d): %s"
                      % (len(sorting), MAX_SORTING_PROGRAMS, ", ".join(sorting)))
    if len(str_repr) > 1:
        errors.append("__str__/__repr__ defined in more than one program: " + ", ".join(str_repr))
    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
