package dev.bytecodedsl.runtime.vm.specialize;

import dev.bytecodedsl.generated.CacheLayout;
import dev.bytecodedsl.generated.Opcodes;
import dev.bytecodedsl.runtime.vm.Globals;

/**
 * LOAD_GLOBAL and STORE_GLOBAL. LOAD_GLOBAL's cache: counter, globals version, builtins version,
 * entry index; STORE_GLOBAL's: counter, globals version, entry index (one unit each, at the offsets
 * of {@link CacheLayout}). A builtin load also guards the globals version, since a global could
 * come to shadow it. A store specializes only to a name the globals hold: adding one changes keys.
 */
public final class GlobalSpecializer {
    private final Globals globals;

    public GlobalSpecializer(Globals globals) {
        this.globals = globals;
    }

    public void loadGlobal(Site site, Globals.Namespace module, long name) {
        int globalsVersion = globals.version(module);
        int index = module.dict().indexOf(name);
        if (index >= 0) {
            if (Site.fits16(globalsVersion) && index <= Globals.MAX_CACHED_VERSION) {
                site.write16(CacheLayout.LOAD_GLOBAL_GLOBALS_KEYS_VERSION, globalsVersion);
                site.write16(CacheLayout.LOAD_GLOBAL_INDEX, index);
                site.specialize(Opcodes.LOAD_GLOBAL_MODULE);
                return;
            }
            site.fail();
            return;
        }
        Globals.Namespace builtins = globals.builtins();
        int builtinsVersion = globals.version(builtins);
        index = builtins.dict().indexOf(name);
        if (index >= 0 && Site.fits16(globalsVersion) && Site.fits16(builtinsVersion)
                && index <= Globals.MAX_CACHED_VERSION) {
            site.write16(CacheLayout.LOAD_GLOBAL_GLOBALS_KEYS_VERSION, globalsVersion);
            site.write16(CacheLayout.LOAD_GLOBAL_BUILTINS_KEYS_VERSION, builtinsVersion);
            site.write16(CacheLayout.LOAD_GLOBAL_INDEX, index);
            site.specialize(Opcodes.LOAD_GLOBAL_BUILTIN);
            return;
        }
        site.fail();
    }

    public void storeGlobal(Site site, Globals.Namespace module, long name) {
        int version = globals.version(module);
        int index = module.dict().indexOf(name);
        if (index >= 0 && Site.fits16(version) && index <= Globals.MAX_CACHED_VERSION) {
            site.write16(CacheLayout.STORE_GLOBAL_GLOBALS_KEYS_VERSION, version);
            site.write16(CacheLayout.STORE_GLOBAL_INDEX, index);
            site.specialize(Opcodes.STORE_GLOBAL_MODULE);
            return;
        }
        site.fail();
    }
}
