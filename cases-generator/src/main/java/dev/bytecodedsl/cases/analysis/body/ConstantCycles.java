package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.Expr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which constants are defined in terms of themselves, found once for all constants (Tarjan's
 * strongly connected components, iteratively, so a chain of 100,000 constants each defined by the
 * previous one neither recurses that deep nor costs a search per constant).
 */
final class ConstantCycles {

    private final Declarations declarations;
    /** The constants each constant's initializer names, in the order they appear. */
    private final Map<String, List<Expr.Name>> references = new HashMap<>();
    /** The component of each constant; two constants reach each other iff they share one. */
    private final Map<String, Integer> component = new HashMap<>();
    /** Nodes visited, for tests that check the work is linear. */
    private int visits;

    ConstantCycles(Declarations declarations) {
        this.declarations = declarations;
        for (Definition.ConstDecl constant : declarations.constants().values()) {
            references.put(constant.name(), constantNames(constant.value()));
        }
        findComponents();
    }

    /** The first name in {@code constant}'s initializer through which it reaches itself, if any. */
    java.util.Optional<Expr.Name> cycleThrough(Definition.ConstDecl constant) {
        for (Expr.Name name : references.getOrDefault(constant.name(), List.of())) {
            if (name.name().equals(constant.name())
                    || component.get(name.name()).equals(component.get(constant.name()))) {
                return java.util.Optional.of(name);
            }
        }
        return java.util.Optional.empty();
    }

    int visits() {
        return visits;
    }

    private void findComponents() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> lowLink = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        java.util.Set<String> onStack = new java.util.HashSet<>();
        int[] next = {0};
        for (String root : references.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            // Each frame: a constant and how many of its references have been followed.
            Deque<Object[]> frames = new ArrayDeque<>();
            frames.push(new Object[] {root, 0});
            index.put(root, next[0]);
            lowLink.put(root, next[0]++);
            stack.push(root);
            onStack.add(root);
            while (!frames.isEmpty()) {
                Object[] frame = frames.peek();
                String node = (String) frame[0];
                int followed = (Integer) frame[1];
                List<Expr.Name> out = references.get(node);
                visits++;
                if (followed < out.size()) {
                    frame[1] = followed + 1;
                    String target = out.get(followed).name();
                    if (!index.containsKey(target)) {
                        index.put(target, next[0]);
                        lowLink.put(target, next[0]++);
                        stack.push(target);
                        onStack.add(target);
                        frames.push(new Object[] {target, 0});
                    } else if (onStack.contains(target)) {
                        lowLink.put(node, Math.min(lowLink.get(node), index.get(target)));
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    String parent = (String) frames.peek()[0];
                    lowLink.put(parent, Math.min(lowLink.get(parent), lowLink.get(node)));
                }
                if (lowLink.get(node).equals(index.get(node))) {
                    int id = component.size();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.put(member, id);
                    } while (!member.equals(node));
                }
            }
        }
    }

    /** The names in an expression that refer to declared constants. */
    private List<Expr.Name> constantNames(Expr expr) {
        List<Expr.Name> names = new ArrayList<>();
        Deque<Expr> work = new ArrayDeque<>();
        work.push(expr);
        // Depth-first, left to right, so the first name reported is the first in the source.
        while (!work.isEmpty()) {
            switch (work.pop()) {
                case Expr.IntLit i -> {}
                case Expr.FloatLit f -> {}
                case Expr.BoolLit b -> {}
                case Expr.Name n -> {
                    if (declarations.constants().containsKey(n.name())) {
                        names.add(n);
                    }
                }
                case Expr.Call c -> c.args().reversed().forEach(work::push);
                case Expr.Index i -> {
                    work.push(i.index());
                    work.push(i.array());
                }
                case Expr.Unary u -> work.push(u.operand());
                case Expr.Binary b -> {
                    work.push(b.right());
                    work.push(b.left());
                }
                case Expr.Conditional c -> {
                    work.push(c.ifFalse());
                    work.push(c.ifTrue());
                    work.push(c.condition());
                }
            }
        }
        return names;
    }
}
