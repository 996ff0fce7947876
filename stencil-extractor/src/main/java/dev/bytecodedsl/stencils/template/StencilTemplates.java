package dev.bytecodedsl.stencils.template;

import dev.bytecodedsl.stencils.lower.UopLowering;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the C translation units with FreeMarker: {@code template.c.ftl} for a uop (like CPython's
 * {@code Tools/jit/template.c}), {@code shim.c.ftl} for the shim and {@code loop_counter.c.ftl} for
 * the statistics' loop counter, all after {@code prelude.c.ftl} with the declarations the unit uses.
 */
public final class StencilTemplates {

    /** The uop whose stencil continues with the trace's first uop instead of the next one. */
    public static final String LOOP_CLOSE = "_JUMP_TO_TOP";

    private final Configuration configuration;
    private final TemplateModel prelude;

    public StencilTemplates(TemplateModel prelude) {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(StencilTemplates.class, "/dev/bytecodedsl/stencils/template");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setNumberFormat("computer");
        this.prelude = prelude;
    }

    public String uop(UopLowering.LoweredUop uop) {
        // The template's own text names nothing from bytecodes.def but Value (always declared).
        Map<String, Object> model = new LinkedHashMap<>(prelude.usedBy(uop.oparg() + "\n" + uop.statements()));
        model.put("uop", Map.of(
                "name", uop.name(),
                "source", uop.source(),
                "oparg", uop.oparg(),
                "statements", uop.statements(),
                "completesNormally", uop.completesNormally()));
        model.put("continuation", uop.name().equals(LOOP_CLOSE) ? "_JIT_JUMP_TARGET" : "_JIT_CONTINUE");
        return render("template.c.ftl", model);
    }

    public String shim() {
        return render("shim.c.ftl", prelude.usedBy(""));
    }

    /** The loop counter: adds one to {@code JitState.loop_closes}, then the next code (the loop close). */
    public String loopCounter() {
        return render("loop_counter.c.ftl", prelude.usedBy(""));
    }

    private String render(String name, Map<String, Object> model) {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("stencil template " + name + ": " + e.getMessage(), e);
        }
    }
}
