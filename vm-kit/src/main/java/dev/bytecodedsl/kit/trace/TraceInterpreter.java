package dev.bytecodedsl.kit.trace;

/**
 * A VM's generated uop interpreter as the kit sees it: the tier-2 generator emits one
 * ({@code UopInterpreter.TRACES}), which decodes a trace once into whatever it runs fastest.
 */
@FunctionalInterface
public interface TraceInterpreter<C> {
    /** Decodes {@code trace} for running; called once per executor, on its first interpreted run. */
    TraceRunner<C> load(Trace trace);
}
