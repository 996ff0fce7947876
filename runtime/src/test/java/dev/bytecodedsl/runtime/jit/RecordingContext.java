package dev.bytecodedsl.runtime.jit;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.bytecodedsl.generated.UopContext;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in interpreter for native-entry tests: a 64-slot value stack, an eval-breaker word, and a
 * log of the context calls that matter here (saveState, the eval breaker, unwinding, type_tag,
 * which answers twice its argument and raises the eval breaker at its {@link #typeTagsBeforeBreaker}-th call). A dynamic proxy, because {@code UopContext} has a method per
 * helper and these tests need five of them.
 */
final class RecordingContext {
    final Arena arena = Arena.ofConfined();
    final MemorySegment stack = arena.allocate(JAVA_LONG, 64);
    final MemorySegment breaker = arena.allocate(JAVA_LONG);
    final MemorySegment heapWords = arena.allocate(JAVA_LONG, 64);
    final List<String> calls = new ArrayList<>();
    boolean breakerHandlingSucceeds = true;
    /** The type_tag call that raises the eval breaker (a loop of hand-made stencils ends there). */
    long typeTagsBeforeBreaker = Long.MAX_VALUE;
    final UopContext ctx = (UopContext) Proxy.newProxyInstance(UopContext.class.getClassLoader(),
            new Class<?>[] {UopContext.class}, (proxy, method, args) -> switch (method.getName()) {
                case "saveState" -> log("saveState(" + args[0] + ", " + args[1] + ", " + args[2] + ")");
                case "typeTag" -> {
                    calls.add("typeTag(" + args[0] + ")");
                    if (--typeTagsBeforeBreaker == 0) {
                        breaker.set(JAVA_LONG, 0, 1L);
                    }
                    yield 2 * (long) args[0];
                }
                case "evalBreakerPending" -> breaker.get(JAVA_LONG, 0) != 0;
                case "handleEvalBreaker" -> {
                    calls.add("handleEvalBreaker");
                    breaker.set(JAVA_LONG, 0, 0L);
                    yield breakerHandlingSucceeds;
                }
                case "unwindException" -> log("unwindException");
                case "stack" -> stack;
                case "heapWords" -> heapWords;
                case "framePointer", "resumeIp", "resumeSp" -> 0;
                case "code" -> new char[0];
                case "consts", "names" -> new long[0];
                case "statsEnabled" -> false;
                // Called at every upcall and return (the frames machine code pushed): nothing to record.
                case "syncNativeFrames" -> null;
                case "strCompare" -> throw new IllegalStateException("str_compare failed");
                default -> {
                    calls.add(method.getName() + java.util.Arrays.toString(args));
                    yield zero(method.getReturnType());
                }
            });

    private static Object zero(Class<?> type) {
        if (type == long.class) {
            return 0L;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == double.class) {
            return 0.0;
        }
        return null;
    }

    private Object log(String call) {
        calls.add(call);
        return null;
    }

    long slot(int i) {
        return stack.getAtIndex(JAVA_LONG, i);
    }
}
