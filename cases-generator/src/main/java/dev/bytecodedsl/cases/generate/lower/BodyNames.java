package dev.bytecodedsl.cases.generate.lower;

/** Names in bodies, plus stores into stack arrays ({@code output[i] = v}). */
public interface BodyNames extends ExpressionNames {
    String storeElement(String array, String loweredIndex, String loweredValue);
}
