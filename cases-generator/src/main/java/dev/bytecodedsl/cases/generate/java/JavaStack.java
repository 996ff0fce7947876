package dev.bytecodedsl.cases.generate.java;

/**
 * How generated Java spells a stack slot's read and write: always through the kit's
 * {@code NativeWords}, whatever holds the stack. In the interpreters {@link OpEmitter#STACK} is the
 * native value stack's address ({@link #nativeStackDeclaration}); in the abstract interpreter it is
 * its frame of symbols, a segment; {@code NativeWords} has both overloads, so the emitters that
 * both use (ops' inputs and outputs, stack arrays, locals) write one spelling.
 */
public final class JavaStack {

    private JavaStack() {}

    /** Reads slot {@code slot} (an int expression) of {@code stack}. */
    public static String load(String stack, String slot) {
        return "NativeWords.slot(" + stack + ", " + slot + ")";
    }

    /** Writes {@code value} to slot {@code slot} of {@code stack}. */
    public static String store(String stack, String slot, String value) {
        return "NativeWords.setSlot(" + stack + ", " + slot + ", " + value + ")";
    }

    /** The interpreters' first statement: the native stack's address from the registers. */
    public static String nativeStackDeclaration() {
        return "long " + OpEmitter.STACK + " = " + OpEmitter.REGISTERS + ".stackBase";
    }
}
