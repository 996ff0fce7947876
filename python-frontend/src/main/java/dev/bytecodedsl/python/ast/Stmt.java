package dev.bytecodedsl.python.ast;

import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.List;
import java.util.Optional;

/** A statement of the Python subset; every node points at its first token. */
public sealed interface Stmt {

    SourcePos pos();

    record FunctionDef(SourcePos pos, String name, List<Param> params, List<Stmt> body) implements Stmt {
        public FunctionDef {
            params = List.copyOf(params);
            body = List.copyOf(body);
        }
    }

    /** A positional parameter; defaults are evaluated once, when the def statement runs. */
    record Param(SourcePos pos, String name, Optional<Expr> defaultValue) {}

    /** {@code class Name(base):}; at most one base class, evaluated when the statement runs. */
    record ClassDef(SourcePos pos, String name, Optional<Expr> base, List<Stmt> body) implements Stmt {
        public ClassDef {
            body = List.copyOf(body);
        }
    }

    record Return(SourcePos pos, Optional<Expr> value) implements Stmt {}

    record Global(SourcePos pos, List<String> names) implements Stmt {
        public Global {
            names = List.copyOf(names);
        }
    }

    /** {@code elif} chains are nested ifs in {@code orElse}, as in Python's own ast. */
    record If(SourcePos pos, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt {
        public If {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }
    }

    record While(SourcePos pos, Expr test, List<Stmt> body) implements Stmt {
        public While {
            body = List.copyOf(body);
        }
    }

    record For(SourcePos pos, Expr target, Expr iterable, List<Stmt> body) implements Stmt {
        public For {
            body = List.copyOf(body);
        }
    }

    record Break(SourcePos pos) implements Stmt {}

    record Continue(SourcePos pos) implements Stmt {}

    record Pass(SourcePos pos) implements Stmt {}

    /**
     * {@code t1 = t2 = value}: targets are names, attributes, subscripts, or tuples/lists of those
     * (unpacking); the builder rejects anything else.
     */
    record Assign(SourcePos pos, List<Expr> targets, Expr value) implements Stmt {
        public Assign {
            targets = List.copyOf(targets);
        }
    }

    /** {@code target op= value}; the target is evaluated once, so this is not sugar for Assign. */
    record AugAssign(SourcePos pos, Expr target, BinaryOp op, Expr value) implements Stmt {}

    record ExprStmt(SourcePos pos, Expr expr) implements Stmt {}

    record Try(SourcePos pos, List<Stmt> body, List<ExceptHandler> handlers) implements Stmt {
        public Try {
            body = List.copyOf(body);
            handlers = List.copyOf(handlers);
        }
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

    record Raise(SourcePos pos, Optional<Expr> exception) implements Stmt {}

    /** {@code del container[key], ...}: only subscript targets are in the subset. */
    record Delete(SourcePos pos, List<Expr.Subscript> targets) implements Stmt {
        public Delete {
            targets = List.copyOf(targets);
        }
    }
}
