package dev.bytecodedsl.cases.analysis;

import java.util.OptionalInt;

/**
 * A tier-2 micro-op: a tier-2-viable op, or one replica {@code NAME_k} of a {@code replicate(N)} op
 * with oparg fixed to k.
 */
public record Uop(String name, int id, Op op, OptionalInt fixedOparg) {}
