package dev.bytecodedsl.stencils;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.Uop;
import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.cases.generate.DslReferences;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.GeneratorException;
import dev.bytecodedsl.stencils.compile.Clang;
import dev.bytecodedsl.stencils.compile.StencilCompiler;
import dev.bytecodedsl.stencils.emit.StencilTableFile;
import dev.bytecodedsl.stencils.holes.HoleExtractor;
import dev.bytecodedsl.stencils.holes.Stencil;
import dev.bytecodedsl.stencils.holes.StencilException;
import dev.bytecodedsl.stencils.lower.CIntrinsics;
import dev.bytecodedsl.stencils.lower.LoweringException;
import dev.bytecodedsl.stencils.lower.UopLowering;
import dev.bytecodedsl.stencils.objfile.ObjectFormatException;
import dev.bytecodedsl.stencils.objfile.ObjectReaders;
import dev.bytecodedsl.stencils.template.StencilTemplates;
import dev.bytecodedsl.stencils.template.TemplateModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extractor's pipeline for one analysis: lower every uop to a C translation unit once (the
 * text is the same for every target), then per target compile, read the objects, extract holes
 * and emit the table. Every failure names the uop and points at bytecodes.def.
 */
public final class StencilBuild {

    public static final String SHIM = "shim";
    public static final String LOOP_COUNTER = "loop_counter";

    private final Analysis analysis;
    private final List<StencilCompiler.Unit> units;
    private final Map<String, Uop> uopsByName = new HashMap<>();
    private final Set<String> helpers = new HashSet<>();

    public StencilBuild(Analysis analysis) {
        this.analysis = analysis;
        this.units = lower(analysis);
        analysis.uops().forEach(u -> uopsByName.put(u.name(), u));
        helpers.addAll(analysis.declarations().helpers().keySet());
        helpers.add(CIntrinsics.GETCONST_HELPER);
        helpers.add(CIntrinsics.GETNAME_HELPER);
    }

    /** The C translation units: the shim and the loop counter first, then one per uop in uop order. */
    public List<StencilCompiler.Unit> units() {
        return units;
    }

    private static List<StencilCompiler.Unit> lower(Analysis analysis) {
        List<GeneratorException.Error> errors = new ArrayList<>();
        StencilTemplates templates;
        try {
            templates = new StencilTemplates(TemplateModel.of(analysis.declarations()));
        } catch (LoweringException e) {
            throw new GeneratorException(List.of(new GeneratorException.Error(e.pos(), e.getMessage())));
        }
        UopLowering lowering = new UopLowering(analysis.declarations());
        List<StencilCompiler.Unit> units = new ArrayList<>();
        units.add(new StencilCompiler.Unit(SHIM, templates.shim()));
        units.add(new StencilCompiler.Unit(LOOP_COUNTER, templates.loopCounter()));
        for (Uop uop : analysis.uops()) {
            try {
                units.add(new StencilCompiler.Unit(uop.name(), templates.uop(lowering.lower(uop))));
            } catch (LoweringException e) {
                errors.add(new GeneratorException.Error(e.pos(), e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new GeneratorException(errors);
        }
        return List.copyOf(units);
    }

    /** Compiles and extracts every unit for {@code target} and emits its table. */
    public GeneratedFile table(Target target, Clang clang, StencilCompiler compiler) {
        List<StencilCompiler.Compiled> compiled;
        try {
            compiled = compiler.compile(target, units);
        } catch (StencilCompiler.CompileFailure e) {
            throw failure(e.unit(), target, e.getMessage());
        }
        StencilTableFile.Entry shim = null;
        StencilTableFile.Entry loopCounter = null;
        List<StencilTableFile.Entry> entries = new ArrayList<>();
        for (StencilCompiler.Compiled c : compiled) {
            boolean isShim = c.name().equals(SHIM);
            boolean isLoopCounter = c.name().equals(LOOP_COUNTER);
            Stencil stencil;
            try {
                HoleExtractor extractor = new HoleExtractor(c.name(), helpers, target.isX86_64());
                var object = ObjectReaders.read(target.format(), c.object());
                stencil = isShim ? extractor.extractShim(object) : extractor.extractUop(object);
            } catch (StencilException | ObjectFormatException e) {
                throw failure(c.name(), target, e.getMessage());
            }
            // Neither is patched: the shim is entered by address, the counter falls through.
            if ((isShim || isLoopCounter) && (!stencil.codeHoles().isEmpty() || !stencil.dataHoles().isEmpty())) {
                throw failure(c.name(), target, "the " + c.name() + " must not have holes");
            }
            String source = isShim ? "shim.c.ftl" : isLoopCounter ? "loop_counter.c.ftl"
                    : DslReferences.of(uopsByName.get(c.name()).op().definition());
            StencilTableFile.Entry entry = new StencilTableFile.Entry(c.name(), source, stencil, c.disassembly());
            if (isShim) {
                shim = entry;
            } else if (isLoopCounter) {
                loopCounter = entry;
            } else {
                entries.add(entry);
            }
        }
        // Only the major: the tables must be byte-identical on every machine with the pinned major
        // (the cache key has the full version).
        return StencilTableFile.generate(target, Integer.toString(clang.major()), shim, loopCounter, entries);
    }

    private GeneratorException failure(String unit, Target target, String message) {
        Uop uop = uopsByName.get(unit);
        // The shim comes from the template alone: point at the top of the DSL file.
        SourcePos pos = uop != null
                ? uop.op().definition().pos()
                : new SourcePos(analysis.uops().getFirst().op().definition().pos().file(), 1, 1);
        String prefix = message.startsWith(unit + ":") ? "" : unit + ": ";
        return new GeneratorException(List.of(new GeneratorException.Error(pos,
                "cannot build the " + target.triple() + " stencil of " + prefix + message)));
    }
}
