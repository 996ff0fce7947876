package org.example.toyvm;

/** Hand-written code that uses the generated classes: it compiles only if the plugin registered its source root. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("SWAP is opcode " + Opcodes.SWAP);
    }
}
