import dev.bytecodedsl.generated.Uops;
import dev.bytecodedsl.generated.jit.JitStencilsAarch64Darwin;
import dev.bytecodedsl.generated.jit.JitStencilsAarch64Linux;
import dev.bytecodedsl.generated.jit.JitStencilsX86_64Linux;
import dev.bytecodedsl.generated.jit.JitStencilsX86_64Windows;
import dev.bytecodedsl.kit.jit.Stencil;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Stencil sizes, read from the generated tables (a report, not a test): per target, the bytes of
 * code and data over all uops (what the JIT copies for a trace is the sum over its uops), and the
 * largest and smallest uops. Prints two markdown tables.
 *
 * <pre>java -cp generated/target/classes benchmarks/StencilSizes.java [N]   (N: how many largest/smallest, default 5)</pre>
 */
public final class StencilSizes {
    private record Target(String triple, IntFunction<Stencil> table, Stencil shim) {
    }

    private record Size(String uop, int code, int data) {
        int total() {
            return code + data;
        }

        @Override
        public String toString() {
            return "`" + uop + "` " + total();
        }
    }

    private StencilSizes() {
    }

    public static void main(String[] args) {
        int few = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Target> targets = List.of(
                new Target(JitStencilsX86_64Linux.TARGET, JitStencilsX86_64Linux::stencil, JitStencilsX86_64Linux.shim()),
                new Target(JitStencilsX86_64Windows.TARGET, JitStencilsX86_64Windows::stencil,
                        JitStencilsX86_64Windows.shim()),
                new Target(JitStencilsAarch64Linux.TARGET, JitStencilsAarch64Linux::stencil,
                        JitStencilsAarch64Linux.shim()),
                new Target(JitStencilsAarch64Darwin.TARGET, JitStencilsAarch64Darwin::stencil,
                        JitStencilsAarch64Darwin.shim()));
        List<List<Size>> sizes = targets.stream().map(t -> sizes(t.table())).toList();

        System.out.println("| target | uops | code bytes | data bytes | total | min / median / max per uop | holes | shim |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (int t = 0; t < targets.size(); t++) {
            List<Size> s = sizes.get(t);
            Target target = targets.get(t);
            int code = s.stream().mapToInt(Size::code).sum();
            int data = s.stream().mapToInt(Size::data).sum();
            long holes = holes(target.table());
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d / %d / %d | %d | %d |%n", target.triple(),
                    s.size(), code, data, code + data, s.getFirst().total(), s.get(s.size() / 2).total(),
                    s.getLast().total(), holes, target.shim().code().length + target.shim().data().length);
        }
        System.out.println();
        StringBuilder header = new StringBuilder("| rank |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Target target : targets) {
            header.append(' ').append(target.triple()).append(" |");
            rule.append("---|");
        }
        System.out.println(header);
        System.out.println(rule);
        for (int i = 0; i < 2 * few; i++) {
            boolean largest = i < few;
            StringBuilder row = new StringBuilder(largest ? "| largest " + (i + 1) + " |" : "| smallest " + (i - few + 1) + " |");
            for (List<Size> s : sizes) {
                row.append(' ').append(largest ? s.get(s.size() - 1 - i) : s.get(i - few)).append(" |");
            }
            System.out.println(row);
        }
    }

    /** Every uop that has a stencil on this target, smallest first (code + data bytes). */
    private static List<Size> sizes(IntFunction<Stencil> table) {
        List<Size> sizes = new ArrayList<>();
        for (int uop = 0; uop < Uops.LIMIT; uop++) {
            Stencil s = stencil(table, uop);
            if (s != null) {
                sizes.add(new Size(Uops.name(uop), s.code().length, s.data().length));
            }
        }
        sizes.sort(Comparator.comparingInt(Size::total).thenComparing(Size::uop));
        return sizes;
    }

    private static long holes(IntFunction<Stencil> table) {
        long holes = 0;
        for (int uop = 0; uop < Uops.LIMIT; uop++) {
            Stencil s = stencil(table, uop);
            if (s != null) {
                holes += s.codeHoles().length + s.dataHoles().length;
            }
        }
        return holes;
    }

    /** The uop's stencil, or null: the tables refuse uops that are not tier-2 uops. */
    private static Stencil stencil(IntFunction<Stencil> table, int uop) {
        if (Uops.name(uop) == null) {
            return null;
        }
        try {
            return table.apply(uop);
        } catch (IllegalArgumentException notATier2Uop) {
            return null;
        }
    }
}
