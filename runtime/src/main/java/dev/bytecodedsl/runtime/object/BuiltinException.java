package dev.bytecodedsl.runtime.object;

/** The builtin exception classes and CPython's hierarchy among them (declaration order: bases first). */
public enum BuiltinException {
    BASE_EXCEPTION("BaseException", null),
    KEYBOARD_INTERRUPT("KeyboardInterrupt", BASE_EXCEPTION),
    EXCEPTION("Exception", BASE_EXCEPTION),
    ARITHMETIC_ERROR("ArithmeticError", EXCEPTION),
    ZERO_DIVISION_ERROR("ZeroDivisionError", ARITHMETIC_ERROR),
    OVERFLOW_ERROR("OverflowError", ARITHMETIC_ERROR),
    LOOKUP_ERROR("LookupError", EXCEPTION),
    INDEX_ERROR("IndexError", LOOKUP_ERROR),
    KEY_ERROR("KeyError", LOOKUP_ERROR),
    TYPE_ERROR("TypeError", EXCEPTION),
    VALUE_ERROR("ValueError", EXCEPTION),
    NAME_ERROR("NameError", EXCEPTION),
    UNBOUND_LOCAL_ERROR("UnboundLocalError", NAME_ERROR),
    ATTRIBUTE_ERROR("AttributeError", EXCEPTION),
    RUNTIME_ERROR("RuntimeError", EXCEPTION),
    RECURSION_ERROR("RecursionError", RUNTIME_ERROR),
    NOT_IMPLEMENTED_ERROR("NotImplementedError", RUNTIME_ERROR),
    STOP_ITERATION("StopIteration", EXCEPTION),
    ASSERTION_ERROR("AssertionError", EXCEPTION),
    MEMORY_ERROR("MemoryError", EXCEPTION),
    OS_ERROR("OSError", EXCEPTION),
    CONNECTION_ERROR("ConnectionError", OS_ERROR),
    BROKEN_PIPE_ERROR("BrokenPipeError", CONNECTION_ERROR);

    private final String pythonName;
    private final BuiltinException base;

    BuiltinException(String pythonName, BuiltinException base) {
        this.pythonName = pythonName;
        this.base = base;
    }

    public String pythonName() {
        return pythonName;
    }

    /** The base exception, null for BaseException. */
    public BuiltinException base() {
        return base;
    }
}
