package dev.bytecodedsl.maven;

import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when the generated files are stale, missing or extra (the drift check for
 * generated code that is checked in). The message names each file, shows unified-diff excerpts and
 * ends with the one command that fixes it. When {@code generate} already ran in this build with
 * the same inputs and its outputs are untouched since, the check does not generate again.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractBytecodeDslMojo {

    @Parameter(defaultValue = "${plugin}", readonly = true)
    protected PluginDescriptor plugin;

    @Override
    String goal() {
        return "check";
    }

    @Override
    @SuppressWarnings("unchecked")
    void run() throws MojoExecutionException, MojoFailureException {
        new CheckGoal(settings(), plugin, getLog(), (Map<Object, Object>) getPluginContext()).run();
    }
}
