package dev.bytecodedsl.python.ast;

import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.List;
import java.util.Optional;

/** A statement of the Python subset; every node points at its first token. */
public sealed interface Stmt {

    SourcePos pos();

    /** Calls the {@link Visitor} method for this node's record. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of statement; walked with a visitor for the reason given on
     * {@link Expr.Visitor}: no pattern-switch bootstrap at start-up, and still exhaustive.
     */
    interface Visitor<R> {
        R visitFunctionDef(FunctionDef node);
        R visitClassDef(ClassDef node);
        R visitReturn(Return node);
        R visitGlobal(Global node);
        R visitIf(If node);
        R visitWhile(While node);
        R visitFor(For node);
        R visitBreak(Break node);
        R visitContinue(Continue node);
        R visitPass(Pass node);
        R visitAssign(Assign node);
        R visitAugAssign(AugAssign node);
        R visitExprStmt(ExprStmt node);
        R visitTry(Try node);
        R visitRaise(Raise node);
        R visitDelete(Delete node);
    }

    record FunctionDef(SourcePos pos, String name, List<Param> params, List<Stmt> body) implements Stmt {
        public FunctionDef {
            params = List.copyOf(params);
            body = List.copyOf(body);
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitFunctionDef(this); }
    }

    /** A positional parameter; defaults are evaluated once, when the def statement runs. */
    record Param(SourcePos pos, String name, Optional<Expr> defaultValue) {}

    /** {@code class Name(base):}; at most one base class, evaluated when the statement runs. */
    record ClassDef(SourcePos pos, String name, Optional<Expr> base, List<Stmt> body) implements Stmt {
        public ClassDef {
            body = List.copyOf(body);
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitClassDef(this); }
    }

    record Return(SourcePos pos, Optional<Expr> value) implements Stmt {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitReturn(this); }
    }

    record Global(SourcePos pos, List<String> names) implements Stmt {
        public Global {
            names = List.copyOf(names);
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitGlobal(this); }
    }

    /** {@code elif} chains are nested ifs in {@code orElse}, as in Python's own ast. */
    record If(SourcePos pos, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt {
        public If {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitIf(this); }
    }

    record While(SourcePos pos, Expr test, List<Stmt> body) implements Stmt {
        public While {
            body = List.copyOf(body);
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitWhile(this); }
    }

    record For(SourcePos pos, Expr target, Expr iterable, List<Stmt> body) implements Stmt {
        public For {
            body = List.copyOf(body);
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitFor(this); }
    }

    record Break(SourcePos pos) implements Stmt {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitBreak(this); }
    }

    record Continue(SourcePos pos) implements Stmt {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitContinue(this); }
    }

    record Pass(SourcePos pos) implements Stmt {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitPass(this); }
    }

    /**
     * {@code t1 = t2 = value}: targets are names, attributes, subscripts, or tuples/lists of those
     * (unpacking); the builder rejects anything else.
     */
    record Assign(SourcePos pos, List<Expr> targets, Expr value) implements Stmt {
        public Assign {
            targets = List.copyOf(targets);
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitAssign(this); }
    }

    /** {@code target op= value}; the target is evaluated once, so this is not sugar for Assign. */
    record AugAssign(SourcePos pos, Expr target, BinaryOp op, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitAugAssign(this); }
    }

    record ExprStmt(SourcePos pos, Expr expr) implements Stmt {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitExprStmt(this); }
    }

    record Try(SourcePos pos, List<Stmt> body, List<ExceptHandler> handlers) implements Stmt {
        public Try {
            body = List.copyOf(body);
            handlers = List.copyOf(handlers);
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitTry(this); }
    }

    /**
     * {@code except Name as e:} or {@code except (A, B) as e:}; no types is a bare {@code except:} that
     * catches everything.
     */
    record ExceptHandler(SourcePos pos, List<String> types, Optional<String> name, List<Stmt> body) {
        public ExceptHandler {
            types = List.copyOf(types);
            body = List.copyOf(body);
        }
    }

    record Raise(SourcePos pos, Optional<Expr> exception) implements Stmt {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitRaise(this); }
    }

    /** {@code del container[key], ...}: only subscript targets are in the subset. */
    record Delete(SourcePos pos, List<Expr.Subscript> targets) implements Stmt {
        public Delete {
            targets = List.copyOf(targets);
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitDelete(this); }
    }
}
