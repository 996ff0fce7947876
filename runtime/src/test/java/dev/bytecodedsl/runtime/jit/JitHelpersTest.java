package dev.bytecodedsl.runtime.jit;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bytecodedsl.generated.jit.JitHelpers;
import dev.bytecodedsl.kit.jit.JitState;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The generated upcall adapters, called from native code the way a stencil calls a helper: through
 * the stub's address with the C signature of docs/jit-abi.md.
 */
@SuppressWarnings("restricted")
class JitHelpersTest {
    private final RecordingContext vm = new RecordingContext();
    private final JitState state = new JitState(vm.arena, vm.stack, vm.breaker, vm.heapWords);
    private final JitHelpers helpers = new JitHelpers(vm.ctx, state.segment());

    @AfterEach
    void close() {
        vm.arena.close();
    }

    private MethodHandle nativeCall(String helper) {
        MemorySegment stub = helpers.upcallStub(helper, vm.arena);
        FunctionDescriptor descriptor = JitHelpers.descriptor(helper);
        return Linker.nativeLinker().downcallHandle(stub, descriptor);
    }

    @Test
    void plainHelpersPassValuesThrough() throws Throwable {
        assertEquals(84L, (long) nativeCall("type_tag").invokeExact(42L));
        assertEquals(List.of("typeTag(42)"), vm.calls);
    }

    @Test
    void escapingHelpersApplyTheSavedStateAndGetSlotIndexes() throws Throwable {
        state.segment().set(JAVA_LONG, JitState.Field.SP.offset(), state.slotAddress(9));
        state.segment().set(JAVA_LONG, JitState.Field.IP.offset(), 31);
        // A Value[] crosses as a raw address (NativeTypes: no MemorySegment for the stub to allocate).
        long list = (long) nativeCall("build_list").invokeExact(state.slotAddress(6), 3L);
        assertEquals(0L, list);
        assertEquals(List.of("saveState(31, 31, 9)", "buildList[6, 3]"), vm.calls);
    }

    @Test
    void aJavaExceptionIsKeptForTheRuntimeInsteadOfUnwindingNativeFrames() throws Throwable {
        assertEquals(0L, (long) nativeCall("str_compare").invokeExact(5L, 6L));
        assertEquals("str_compare failed", helpers.takeFailure().getMessage());
        assertNull(helpers.takeFailure());
    }

    @Test
    void everyExternHasADescriptorAndAStub() {
        for (String name : JitHelpers.names()) {
            assertEquals(JitHelpers.descriptor(name), JitHelpers.descriptor(name));
            helpers.upcallStub(name, vm.arena);
        }
    }
}
