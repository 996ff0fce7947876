package dev.bytecodedsl.maven;

import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates the interpreters, the optimizer, the JIT tables and the instruction reference from the
 * DSL, and adds the generated Java to the project's compile source roots. Writes only files whose
 * content changed, deletes only files it wrote that are no longer generated (its manifest lists
 * them), and refuses to overwrite a file it did not write. Does no work when a stamp shows that
 * neither the DSL, the parameters, the plugin nor the outputs changed since the last run.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractBytecodeDslMojo {

    /** Where the up-to-date stamp is kept. */
    @Parameter(defaultValue = "${project.build.directory}/bytecodedsl/generate.stamp", required = true)
    protected File stampFile;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    protected PluginDescriptor plugin;

    @Parameter(defaultValue = "${project}", readonly = true)
    protected MavenProject project;

    @Override
    String goal() {
        return "generate";
    }

    @Override
    @SuppressWarnings("unchecked")
    void run() throws MojoExecutionException, MojoFailureException {
        new GenerateGoal(settings(), stampFile.toPath(), plugin, getLog(), (Map<Object, Object>) getPluginContext()).run();
        if (project != null) {
            // Also when nothing was regenerated: the compiler must see the sources in every build.
            project.addCompileSourceRoot(javaOutputDirectory.getAbsolutePath());
        }
    }
}
