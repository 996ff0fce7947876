package dev.bytecodedsl.runtime.vm.specialize;

import dev.bytecodedsl.generated.CacheLayout;
import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.generated.Opcodes;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.PyBuiltinType;
import dev.bytecodedsl.runtime.object.PyClass;
import dev.bytecodedsl.runtime.object.PyExceptionInstance;
import dev.bytecodedsl.runtime.object.PyInstance;
import dev.bytecodedsl.runtime.object.PyObject;
import dev.bytecodedsl.runtime.object.PyType;
import dev.bytecodedsl.runtime.value.Values;
import dev.bytecodedsl.runtime.vm.PyFunction;

/**
 * LOAD_ATTR and STORE_ATTR on instances of Python classes, and method loads on str, list and dict.
 * Cache: counter, class version (2 units) or type tag, slot index, and for LOAD_ATTR the method
 * (4 units), at the offsets bytecodes.def gives them ({@link CacheLayout}). The class version also
 * changes when the shared instance layout grows, so a cached slot index stays valid while it matches.
 */
public final class AttributeSpecializer {
    private final ObjectSpace space;

    public AttributeSpecializer(ObjectSpace space) {
        this.space = space;
    }

    public void loadAttr(Site site, long owner, long name, boolean forCall) {
        PyInstance inst = plainInstance(owner);
        if (inst == null) {
            loadBuiltinMethod(site, owner, name, forCall);
            return;
        }
        PyClass cls = inst.pyClass();
        String attribute = space.heap().str(name).value();
        int slot = cls.slotIndex(attribute);
        if (slot >= 0 && inst.slot(slot) != Values.NULL) {
            // an instance attribute shadows anything on the class
            if (slot > 0xFFFF) {
                site.fail();
                return;
            }
            site.write32(CacheLayout.LOAD_ATTR_TYPE_VERSION, cls.version());
            site.write16(CacheLayout.LOAD_ATTR_INDEX, slot);
            site.specialize(Opcodes.LOAD_ATTR_INSTANCE_VALUE);
            return;
        }
        long method = cls.lookup(name);
        if (forCall && method != Values.NULL && space.heap().get(method) instanceof PyFunction) {
            // the class keeps the function alive while the version holds
            site.write32(CacheLayout.LOAD_ATTR_TYPE_VERSION, cls.version());
            site.write64(CacheLayout.LOAD_ATTR_DESCR, method);
            site.specialize(Opcodes.LOAD_ATTR_METHOD);
            return;
        }
        site.fail();
    }

    /**
     * A method of a str, list or dict for a call: their methods never change and their objects have
     * no attributes, so the receiver's type tag is the whole guard, and the descriptor is pinned.
     */
    private void loadBuiltinMethod(Site site, long owner, long name, boolean forCall) {
        PyObject o = forCall && Values.isObject(owner) ? space.heap().get(owner) : null;
        long method = o != null && o.type() instanceof PyBuiltinType t && !(o instanceof PyType)
                ? space.methods().lookup(t, space.heap().str(name).value()) : Values.NULL;
        // the guard tells the three types apart by their tags alone; TYPE_OTHER would not
        if (method == Values.NULL || o.typeTag() == DslConstants.TYPE_OTHER) {
            site.fail();
            return;
        }
        site.write16(CacheLayout.LOAD_ATTR_TYPE_TAG, o.typeTag());
        site.write64(CacheLayout.LOAD_ATTR_DESCR, method);
        site.specialize(Opcodes.LOAD_ATTR_METHOD_BUILTIN);
    }

    public void storeAttr(Site site, long owner, long name) {
        PyInstance inst = plainInstance(owner);
        int slot = inst == null ? -1 : inst.pyClass().slotIndex(space.heap().str(name).value());
        if (slot < 0 || slot > 0xFFFF) {
            // a new attribute grows the layout, which changes the version: specialize on a later try
            site.fail();
            return;
        }
        site.write32(CacheLayout.STORE_ATTR_TYPE_VERSION, inst.pyClass().version());
        site.write16(CacheLayout.STORE_ATTR_INDEX, slot);
        site.specialize(Opcodes.STORE_ATTR_INSTANCE_VALUE);
    }

    /** Instances of specializable classes; exception instances keep `args` outside the slots. */
    private PyInstance plainInstance(long owner) {
        if (Values.isObject(owner) && space.heap().get(owner) instanceof PyInstance inst
                && !(inst instanceof PyExceptionInstance) && inst.pyClass().version() != 0) {
            return inst;
        }
        return null;
    }
}
