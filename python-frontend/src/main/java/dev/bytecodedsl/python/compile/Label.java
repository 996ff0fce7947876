package dev.bytecodedsl.python.compile;

/**
 * A jump target in the instruction sequence, created before the code it marks is emitted. Labels
 * are compared by identity; the name only helps when debugging the compiler.
 */
final class Label {

    private final String name;

    Label(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name + "@" + Integer.toHexString(System.identityHashCode(this));
    }
}
