package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.CustomRepr;
import dev.bytecodedsl.runtime.object.HeapWords;
import dev.bytecodedsl.runtime.object.PyBuiltinType;
import dev.bytecodedsl.runtime.object.PyObject;
import dev.bytecodedsl.runtime.object.PyType;
import dev.bytecodedsl.runtime.value.Values;

import java.util.function.LongConsumer;

/**
 * A Python function: code, the globals it was defined in and its defaults. Immutable, so its
 * {@link #version()} (what CALL_PY_EXACT_ARGS caches) identifies code and defaults for good.
 *
 * @param codeValue the PyCode handle (pinned: code objects are constants)
 * @param defaults  the defaults tuple's handle, or NULL
 * @param version   unique per function object, never 0
 */
public record PyFunction(RuntimeCode code, long codeValue, Globals.Namespace globals, long defaults, int version)
        implements PyObject, CustomRepr {
    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_FUNCTION;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.FUNCTION;
    }

    /**
     * CALL_PY_EXACT_ARGS's guards read the version, parameter count and frame size natively
     * (bytecodes.def's words), so neither needs the function object; machine code pushing a frame
     * reads the local count beside the frame size.
     */
    @Override
    public void publishWords(HeapWords words, long handle) {
        words.set(handle, DslConstants.FUNCTION_VERSION_WORD, version);
        words.set(handle, DslConstants.FUNCTION_ARGCOUNT_WORD, code.argCount());
        words.set(handle, DslConstants.FUNCTION_FRAME_WORD,
                code.frameSize() | (long) code.localCount() << DslConstants.FRAME_LOCALS_SHIFT);
    }

    public String qualname() {
        return code.qualname();
    }

    public boolean hasDefaults() {
        return defaults != Values.NULL;
    }

    @Override
    public void traceValues(LongConsumer visitor) {
        visitor.accept(codeValue);
        visitor.accept(defaults);
        visitor.accept(globals.dictValue());
    }

    @Override
    public String repr(ObjectSpace space, long self) {
        return "<function " + code.qualname() + " at 0x" + Long.toHexString(self) + ">";
    }
}
