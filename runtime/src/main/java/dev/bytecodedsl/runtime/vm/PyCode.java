package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.CustomRepr;
import dev.bytecodedsl.runtime.object.PyBuiltinType;
import dev.bytecodedsl.runtime.object.PyObject;
import dev.bytecodedsl.runtime.object.PyType;

/** A code object as a heap value: the MAKE_FUNCTION operand (a constant, so always pinned). */
public record PyCode(RuntimeCode code) implements PyObject, CustomRepr {
    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_OTHER;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.CODE;
    }

    @Override
    public String repr(ObjectSpace space, long self) {
        return "<code object " + code.name() + ">";
    }
}
