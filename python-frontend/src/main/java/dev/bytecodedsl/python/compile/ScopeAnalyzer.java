package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.python.ast.Expr;
import dev.bytecodedsl.python.ast.Module;
import dev.bytecodedsl.python.ast.Stmt;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CPython's symtable pass for the subset: finds every code object's scope (module, each def, each
 * class body), which names a function binds (its locals) and which it declares global, and reports
 * what the subset cannot compile: closures (a nested function or class using a local of an
 * enclosing function; the instruction set has no cells) and misplaced {@code global} declarations.
 */
final class ScopeAnalyzer {

    private final Diagnostics diagnostics;
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();

    private ScopeAnalyzer(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Scopes keyed by their node: the Module, each FunctionDef and each ClassDef (identity). */
    static Map<Object, Scope> analyze(Module module, Diagnostics diagnostics) {
        ScopeAnalyzer analyzer = new ScopeAnalyzer(diagnostics);
        Collector top = new Collector(CodeObject.Kind.MODULE, "<module>", "", null);
        top.stmts(module.body());
        analyzer.finish(top, module, 1, List.of());
        return analyzer.scopes;
    }

    /** The names one scope uses and binds, in order of first appearance, plus its nested scopes. */
    private static final class Collector implements Stmt.Visitor<Void>, Expr.Visitor<Void> {
        final CodeObject.Kind kind;
        final String name;
        final String qualname;
        final Collector parent;
        final Map<String, SourcePos> seen = new LinkedHashMap<>();
        final Set<String> bound = new LinkedHashSet<>();
        final Map<String, SourcePos> globals = new LinkedHashMap<>();
        final List<Map.Entry<Object, Collector>> children = new ArrayList<>();
        /** The nesting depth of the statement or expression being visited, shared with nested scopes. */
        private final int[] depth;

        Collector(CodeObject.Kind kind, String name, String qualname, Collector parent) {
            this.kind = kind;
            this.name = name;
            this.qualname = qualname;
            this.parent = parent;
            this.depth = parent == null ? new int[1] : parent.depth;
        }

        void use(String id, SourcePos pos) {
            seen.putIfAbsent(id, pos);
        }

        void bind(String id, SourcePos pos) {
            use(id, pos);
            bound.add(id);
        }

        /** CPython's qualname: methods are C.m, functions nested in functions f.<locals>.g. */
        String childQualname(String child) {
            return switch (kind) {
                case MODULE -> child;
                case CLASS_BODY -> qualname + "." + child;
                case FUNCTION -> qualname + ".<locals>." + child;
            };
        }

        void stmts(List<Stmt> body) {
            body.forEach(this::stmt);
        }

        /** Statements and expressions nest at most CompilationLimitError.MAX_DEPTH deep, as in CPython's symtable. */
        private void enter() {
            if (++depth[0] > CompilationLimitError.MAX_DEPTH) {
                throw CompilationLimitError.recursion();
            }
        }

        void stmt(Stmt stmt) {
            enter();
            try {
                stmt.accept(this);
            } finally {
                depth[0]--;
            }
        }

        void expr(Expr expr) {
            enter();
            try {
                expr.accept(this);
            } finally {
                depth[0]--;
            }
        }

        @Override
        public Void visitFunctionDef(Stmt.FunctionDef f) {
            bind(f.name(), f.pos());
            f.params().forEach(p -> p.defaultValue().ifPresent(this::expr));
            Collector child = new Collector(CodeObject.Kind.FUNCTION, f.name(), childQualname(f.name()), this);
            f.params().forEach(p -> child.bind(p.name(), p.pos()));
            child.stmts(f.body());
            children.add(Map.entry(f, child));
            return null;
        }

        @Override
        public Void visitClassDef(Stmt.ClassDef c) {
            bind(c.name(), c.pos());
            c.base().ifPresent(this::expr);
            Collector child = new Collector(CodeObject.Kind.CLASS_BODY, c.name(), childQualname(c.name()), this);
            child.stmts(c.body());
            children.add(Map.entry(c, child));
            return null;
        }

        @Override
        public Void visitReturn(Stmt.Return r) {
            r.value().ifPresent(this::expr);
            return null;
        }

        @Override
        public Void visitGlobal(Stmt.Global g) {
            g.names().forEach(n -> globals.putIfAbsent(n, g.pos()));
            return null;
        }

        @Override
        public Void visitIf(Stmt.If i) {
            expr(i.test());
            stmts(i.body());
            stmts(i.orElse());
            return null;
        }

        @Override
        public Void visitWhile(Stmt.While w) {
            expr(w.test());
            stmts(w.body());
            return null;
        }

        @Override
        public Void visitFor(Stmt.For f) {
            target(f.target());
            expr(f.iterable());
            stmts(f.body());
            return null;
        }

        @Override
        public Void visitBreak(Stmt.Break b) {
            return null;
        }

        @Override
        public Void visitContinue(Stmt.Continue c) {
            return null;
        }

        @Override
        public Void visitPass(Stmt.Pass p) {
            return null;
        }

        @Override
        public Void visitAssign(Stmt.Assign a) {
            a.targets().forEach(this::target);
            expr(a.value());
            return null;
        }

        @Override
        public Void visitAugAssign(Stmt.AugAssign a) {
            target(a.target());
            expr(a.value());
            return null;
        }

        @Override
        public Void visitExprStmt(Stmt.ExprStmt e) {
            expr(e.expr());
            return null;
        }

        @Override
        public Void visitTry(Stmt.Try t) {
            stmts(t.body());
            for (Stmt.ExceptHandler h : t.handlers()) {
                h.types().forEach(type -> use(type, h.pos()));
                h.name().ifPresent(n -> bind(n, h.pos()));
                stmts(h.body());
            }
            return null;
        }

        @Override
        public Void visitRaise(Stmt.Raise r) {
            r.exception().ifPresent(this::expr);
            return null;
        }

        @Override
        public Void visitDelete(Stmt.Delete d) {
            d.targets().forEach(this::expr);
            return null;
        }
        void target(Expr target) {
            if (target instanceof Expr.Name n) {
                bind(n.id(), n.pos());
            } else if (target instanceof Expr.TupleDisplay t) {
                t.elements().forEach(this::target);
            } else if (target instanceof Expr.ListDisplay l) {
                l.elements().forEach(this::target);
            } else {
                expr(target); // attribute and subscript targets only read names
            }
        }

        @Override
        public Void visitName(Expr.Name n) {
            use(n.id(), n.pos());
            return null;
        }

        @Override
        public Void visitIntLit(Expr.IntLit i) {
            return null;
        }

        @Override
        public Void visitFloatLit(Expr.FloatLit f) {
            return null;
        }

        @Override
        public Void visitStrLit(Expr.StrLit s) {
            return null;
        }

        @Override
        public Void visitBoolLit(Expr.BoolLit b) {
            return null;
        }

        @Override
        public Void visitNoneLit(Expr.NoneLit n) {
            return null;
        }

        @Override
        public Void visitUnary(Expr.Unary u) {
            expr(u.operand());
            return null;
        }

        @Override
        public Void visitBinary(Expr.Binary b) {
            expr(b.left());
            expr(b.right());
            return null;
        }

        @Override
        public Void visitIfExp(Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orElse());
            return null;
        }

        @Override
        public Void visitBoolOp(Expr.BoolOp b) {
            b.operands().forEach(this::expr);
            return null;
        }

        @Override
        public Void visitCompare(Expr.Compare c) {
            expr(c.left());
            c.comparators().forEach(this::expr);
            return null;
        }

        @Override
        public Void visitCall(Expr.Call c) {
            expr(c.callee());
            c.args().forEach(this::expr);
            c.keywords().forEach(k -> expr(k.value()));
            return null;
        }

        @Override
        public Void visitAttribute(Expr.Attribute a) {
            expr(a.value());
            return null;
        }

        @Override
        public Void visitSubscript(Expr.Subscript s) {
            expr(s.value());
            expr(s.index());
            return null;
        }

        @Override
        public Void visitSlice(Expr.Slice s) {
            s.lower().ifPresent(this::expr);
            s.upper().ifPresent(this::expr);
            s.step().ifPresent(this::expr);
            return null;
        }

        @Override
        public Void visitListDisplay(Expr.ListDisplay l) {
            l.elements().forEach(this::expr);
            return null;
        }

        @Override
        public Void visitTupleDisplay(Expr.TupleDisplay t) {
            t.elements().forEach(this::expr);
            return null;
        }

        @Override
        public Void visitDictDisplay(Expr.DictDisplay d) {
            d.entries().forEach(e -> {
                expr(e.key());
                expr(e.value());
            });
            return null;
        }

        /** A function's own variable: bound here and not declared global. */
        boolean hasLocal(String id) {
            return kind == CodeObject.Kind.FUNCTION && bound.contains(id) && !globals.containsKey(id);
        }
    }

    private void finish(Collector c, Object node, int firstLine, List<String> params) {
        checkGlobals(c, params);
        checkClosures(c);
        List<String> locals = new ArrayList<>(params);
        if (c.kind == CodeObject.Kind.FUNCTION) {
            Set<String> listed = new HashSet<>(params);
            c.seen.keySet().stream().filter(c::hasLocal).filter(listed::add).forEach(locals::add);
        }
        scopes.put(node, new Scope(c.kind, c.name, c.kind == CodeObject.Kind.MODULE ? c.name : c.qualname,
                firstLine, params.size(), locals, c.globals.keySet()));
        for (Map.Entry<Object, Collector> child : c.children) {
            if (child.getKey() instanceof Stmt.FunctionDef f) {
                finish(child.getValue(), f, f.pos().line(), f.params().stream().map(Stmt.Param::name).toList());
            } else if (child.getKey() instanceof Stmt.ClassDef k) {
                finish(child.getValue(), k, k.pos().line(), List.of());
            } else {
                throw new IllegalStateException("not a scope: " + child.getKey());
            }
        }
    }

    /** CPython's SyntaxErrors for global declarations that come too late or name a parameter. */
    private void checkGlobals(Collector c, List<String> params) {
        c.globals.forEach((name, declared) -> {
            if (params.contains(name)) {
                diagnostics.error(declared, "name '" + name + "' is parameter and global");
                return;
            }
            SourcePos first = c.seen.get(name);
            if (first != null && first.compareTo(declared) < 0) {
                String how = c.bound.contains(name) ? "assigned to" : "used";
                diagnostics.error(declared, "name '" + name + "' is " + how + " prior to global declaration");
            }
        });
    }

    /** A name a nested scope uses but does not bind would be a free variable if an enclosing function binds it. */
    private void checkClosures(Collector c) {
        if (c.kind == CodeObject.Kind.MODULE) {
            return;
        }
        c.seen.forEach((name, pos) -> {
            if (c.globals.containsKey(name) || c.hasLocal(name) || (c.kind == CodeObject.Kind.CLASS_BODY && c.bound.contains(name))) {
                return;
            }
            enclosingFunctionBinding(c.parent, name).ifPresent(f -> diagnostics.error(pos,
                    "unsupported construct: closure ('" + name + "' is a local variable of enclosing function '"
                            + f.qualname + "')"));
        });
    }

    /** Class bodies are not visible from nested scopes, so they are skipped, as in Python. */
    private static Optional<Collector> enclosingFunctionBinding(Collector scope, String name) {
        for (Collector s = scope; s != null; s = s.parent) {
            if (s.kind == CodeObject.Kind.FUNCTION && s.hasLocal(name)) {
                return Optional.of(s);
            }
            if (s.kind == CodeObject.Kind.FUNCTION && s.globals.containsKey(name)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
