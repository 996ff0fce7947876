package dev.bytecodedsl.runtime.object;

import static dev.bytecodedsl.generated.DslConstants.VM_BUILTINS_WORD;
import static dev.bytecodedsl.generated.DslConstants.VM_FRAMES_WORD;
import static dev.bytecodedsl.generated.DslConstants.VM_GLOBALS_WORD;
import static dev.bytecodedsl.generated.DslConstants.VM_WORDS_HANDLE;

import dev.bytecodedsl.generated.DslConstants;
import java.util.function.LongConsumer;

/**
 * The VM's own heap object: the first object of its heap, so that its handle is the constant
 * bytecodes.def names ({@code VM_WORDS_HANDLE}), pinned for the heap's life. Its words name the
 * dicts specialized global accesses read (the running frame's globals, the builtins) and the
 * frame words (the room left for frames, the frames machine code pushed): bodies in
 * every tier, the JIT's machine code included, reach them through {@code heap_word} of that
 * constant, with neither a helper call nor a frame field. Python code never sees it.
 */
public final class VmWords implements PyObject {
    private final Heap heap;

    private VmWords(Heap heap) {
        this.heap = heap;
    }

    /** Allocates the VM's words in a heap that has allocated nothing yet. */
    public static VmWords allocateFirst(Heap heap) {
        VmWords vm = new VmWords(heap);
        long handle = heap.allocatePinned(vm);
        if (handle != VM_WORDS_HANDLE) {
            throw new IllegalStateException("the VM's words must be the heap's first object, got handle " + handle);
        }
        return vm;
    }

    /** The running frame's globals dict: set whenever the running frame's globals change. */
    public void setGlobals(long dictValue) {
        heap.words().set(VM_WORDS_HANDLE, VM_GLOBALS_WORD, dictValue);
    }

    public long globals() {
        return heap.words().get(VM_WORDS_HANDLE, VM_GLOBALS_WORD);
    }

    /** The address of the frame words ({@code FRAMES_*} in bytecodes.def), which {@code vm/Frames} keeps. */
    public void setFrameWords(long address) {
        heap.words().set(VM_WORDS_HANDLE, VM_FRAMES_WORD, address);
    }

    public void setBuiltins(long dictValue) {
        heap.words().set(VM_WORDS_HANDLE, VM_BUILTINS_WORD, dictValue);
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_OTHER;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.OBJECT;
    }

    /** The VM roots these namespaces on its own as well; tracing them keeps every word it names valid. */
    @Override
    public void traceValues(LongConsumer visitor) {
        visitor.accept(globals());
        visitor.accept(heap.words().get(VM_WORDS_HANDLE, VM_BUILTINS_WORD));
    }
}
