/**
 * The lowering core every back end shares: what a body's statements do and in which order
 * ({@link dev.bytecodedsl.cases.generate.lower.StatementLowering}), what an op reads from and writes back
 * to the stack ({@link dev.bytecodedsl.cases.generate.lower.OpFrame}), where escaping calls save state,
 * and the label status codes. The back ends (the Java interpreters in {@code generate.java}, the C
 * stencils in the stencil extractor) supply only spelling: how a declaration, an assignment, a load
 * or a store is written in their language, and what the special statements mean in their tier.
 * So the tiers cannot drift apart on anything but syntax.
 */
package dev.bytecodedsl.cases.generate.lower;
