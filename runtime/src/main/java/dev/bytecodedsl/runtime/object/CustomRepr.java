package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.runtime.ObjectSpace;

/**
 * Implemented by objects defined outside this module (the VM's functions and code objects) to
 * control their repr(); without it they print as {@code <typename object at 0x...>}.
 */
public interface CustomRepr {
    String repr(ObjectSpace space, long self);
}
