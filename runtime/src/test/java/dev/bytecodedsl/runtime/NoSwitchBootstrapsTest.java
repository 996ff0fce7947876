package dev.bytecodedsl.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.generated.Opcodes;
import dev.bytecodedsl.kit.trace.Executor;
import dev.bytecodedsl.python.compile.PythonCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.constant.ClassDesc;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class the VM can load at start-up (runtime, python-frontend, generated, vm-kit, diagnostics)
 * is free of pattern switches ({@code case Foo f ->}, qualified enum constants). javac compiles them
 * to an invokedynamic on {@code SwitchBootstraps}, which spins a hidden class per call site on first
 * use; the JVM's AOT cache cannot keep those, so each costs about half a millisecond on every run.
 * Sealed hierarchies are walked with visitors instead (see {@code Expr.Visitor}), open ones with
 * instanceof tests. Read from the class files, so the check does not depend on which programs run.
 */
class NoSwitchBootstrapsTest {

    private static final ClassDesc SWITCH_BOOTSTRAPS = ClassDesc.of("java.lang.runtime.SwitchBootstraps");

    /** One class per module on the VM's class path: its class-path root is the module's classes. */
    private static final List<Class<?>> MODULE_MARKERS =
            List.of(Vm.class, PythonCompiler.class, Opcodes.class, Executor.class, SourcePos.class);

    @Test
    void noClassOnTheVmClassPathUsesSwitchBootstraps() throws IOException {
        List<String> sites = new ArrayList<>();
        int classes = 0;
        for (Class<?> marker : MODULE_MARKERS) {
            try (Stream<Path> files = classFiles(marker)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    sites.addAll(switchBootstrapSites(ClassFile.of().parse(Files.readAllBytes(file))));
                    classes++;
                }
            }
        }
        assertFalse(classes < 100, "too few classes found (" + classes + "): the class-path roots were not read");
        assertEquals(List.of(), sites, "pattern switches on the start-up path (use a visitor or instanceof)");
    }

    @Test
    void findsAPatternSwitch() throws IOException {
        try (var in = NoSwitchBootstrapsTest.class.getResourceAsStream("NoSwitchBootstrapsTest$WithPatternSwitch.class")) {
            ClassModel model = ClassFile.of().parse(in.readAllBytes());
            assertEquals(List.of("NoSwitchBootstrapsTest$WithPatternSwitch.describe"),
                    switchBootstrapSites(model).stream().map(s -> s.substring(s.lastIndexOf('/') + 1)).toList());
        }
    }

    /** The check's own witness: javac must still compile this to a typeSwitch. */
    static final class WithPatternSwitch {
        static String describe(Object o) {
            return switch (o) {
                case String s -> "str " + s;
                case Integer i -> "int " + i;
                default -> "other";
            };
        }
    }

    private static List<String> switchBootstrapSites(ClassModel model) {
        List<String> sites = new ArrayList<>();
        for (MethodModel method : model.methods()) {
            method.code().ifPresent(code -> code.forEach(element -> {
                if (element instanceof InvokeDynamicInstruction indy
                        && indy.bootstrapMethod().owner().equals(SWITCH_BOOTSTRAPS)) {
                    sites.add(model.thisClass().asInternalName() + "." + method.methodName().stringValue());
                }
            }));
        }
        return sites;
    }

    private static void close(FileSystem jar) {
        try {
            jar.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class files under the class-path root (a directory or a jar) that holds {@code marker}. */
    private static Stream<Path> classFiles(Class<?> marker) throws IOException {
        String resource = marker.getName().replace('.', '/') + ".class";
        URL url = ClassLoader.getSystemResource(resource);
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem jar = FileSystems.newFileSystem(uri, Map.of());
                return Files.walk(jar.getPath("/")).filter(p -> p.toString().endsWith(".class")).onClose(() -> close(jar));
            }
            Path file = Path.of(uri);
            Path root = file.getRoot().resolve(file.subpath(0, file.getNameCount() - resource.split("/").length));
            return Files.walk(root).filter(p -> p.toString().endsWith(".class"));
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
