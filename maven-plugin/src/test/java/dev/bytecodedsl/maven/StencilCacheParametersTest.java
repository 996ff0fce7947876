package dev.bytecodedsl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bytecodedsl.stencils.compile.ObjectCache;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The stencil cache's limits: from the goals' parameters to the cache, with the command line's defaults. */
class StencilCacheParametersTest {

    @Test
    void parametersBecomeTheCacheLimits() throws MojoExecutionException {
        assertEquals(new ObjectCache.Limits(3L << 20, 5), generation(3, 5).stencilOptions().cacheLimits());
    }

    @Test
    void nonPositiveLimitsAreRefusedInOneLine() {
        var e = assertThrows(MojoExecutionException.class, () -> generation(0, 5).stencilOptions());
        assertEquals("bytecodedsl: stencilCacheMib must be a positive number, not 0", e.getMessage());
        e = assertThrows(MojoExecutionException.class, () -> generation(64, -1).stencilOptions());
        assertEquals("bytecodedsl: stencilCacheBuilds must be a positive number, not -1", e.getMessage());
    }

    /** The defaults are literals in the mojo (it cannot load the Java 25 cache class), so they are pinned here. */
    @Test
    void defaultsAreTheCommandLines() throws Exception {
        NodeList mojos = pluginDescriptor().getElementsByTagName("mojo");
        List<String> goals = new ArrayList<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
            if (goal.equals("helpmojo") || goal.equals("help")) {
                continue;
            }
            goals.add(goal);
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            assertEquals(Long.toString(ObjectCache.Limits.DEFAULT.maxBytes() >> 20),
                    defaultOf(configuration, "stencilCacheMib", "${bytecodedsl.stencilCacheMib}"));
            assertEquals(Integer.toString(ObjectCache.Limits.DEFAULT.maxBuilds()),
                    defaultOf(configuration, "stencilCacheBuilds", "${bytecodedsl.stencilCacheBuilds}"));
        }
        assertEquals(List.of("check", "generate"), goals.stream().sorted().toList());
    }

    private static Generation generation(int mib, int builds) {
        Path base = Path.of("target", "unused");
        return new Generation(new AbstractBytecodeDslMojo.Settings(List.of(base.resolve("bytecodes.def")),
                base.resolve("bytecodes.lock"), base, base, base.resolve("manifest.txt"), "org.example", List.of(),
                "mvn generate-sources", List.of(), "clang-19", base.resolve("cache"), mib, builds, false, base),
                new SystemStreamLog());
    }

    /** The plugin descriptor maven-plugin-plugin wrote from the mojos' annotations. */
    private static Element pluginDescriptor() throws Exception {
        try (InputStream in = StencilCacheParametersTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    /** A parameter's default in a mojo's configuration, checking the user property it reads. */
    private static String defaultOf(Element configuration, String parameter, String property) {
        Element element = (Element) configuration.getElementsByTagName(parameter).item(0);
        assertEquals(property, element.getTextContent(), parameter + "'s user property");
        return element.getAttribute("default-value");
    }
}
