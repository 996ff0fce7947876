package dev.bytecodedsl.stencils;

import dev.bytecodedsl.kit.jit.HostStencils;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A stencil target: a clang triple, its object format and the generated table's class name. */
public enum Target {
    // The one target the runtime kit runs natively: its triple is the kit's.
    X86_64_LINUX(HostStencils.HOST_TRIPLE, ObjectFormat.ELF, "JitStencilsX86_64Linux"),
    AARCH64_LINUX("aarch64-unknown-linux-gnu", ObjectFormat.ELF, "JitStencilsAarch64Linux"),
    AARCH64_DARWIN("aarch64-apple-darwin", ObjectFormat.MACHO, "JitStencilsAarch64Darwin"),
    X86_64_WINDOWS("x86_64-pc-windows-msvc", ObjectFormat.COFF, "JitStencilsX86_64Windows");

    public enum ObjectFormat { ELF, MACHO, COFF }

    /** The targets built when none are configured. */
    public static final List<Target> DEFAULTS = List.of(values());

    private final String triple;
    private final ObjectFormat format;
    private final String className;

    Target(String triple, ObjectFormat format, String className) {
        this.triple = triple;
        this.format = format;
        this.className = className;
    }

    public String triple() {
        return triple;
    }

    public ObjectFormat format() {
        return format;
    }

    public String className() {
        return className;
    }

    public boolean isX86_64() {
        return triple.startsWith("x86_64");
    }

    /** By triple or by enum name, case-insensitively. */
    public static Optional<Target> parse(String name) {
        return Arrays.stream(values())
                .filter(t -> t.triple.equalsIgnoreCase(name) || t.name().equalsIgnoreCase(name))
                .findFirst();
    }

    public static List<String> triples() {
        return Arrays.stream(values()).map(Target::triple).toList();
    }
}
