package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.PyExceptionInstance;
import dev.bytecodedsl.runtime.object.PyObject;

/** Formats an uncaught exception the way CPython prints it to stderr. */
final class TracebackPrinter {
    private final ObjectSpace space;

    TracebackPrinter(ObjectSpace space) {
        this.space = space;
    }

    String format(long exception, String[] sourceLines) {
        StringBuilder sb = new StringBuilder();
        PyObject o = space.heap().get(exception);
        if (o instanceof PyExceptionInstance e && e.traceback() instanceof Traceback tb && !tb.entries().isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            for (Traceback.Entry entry : tb.entries()) {
                String where = entry.code().source().kind() == dev.bytecodedsl.python.compile.CodeObject.Kind.MODULE
                        ? "<module>" : entry.code().name();
                sb.append("  File \"").append(entry.code().source().filename()).append("\", line ")
                        .append(entry.line()).append(", in ").append(where).append('\n');
                int line = entry.line();
                if (line >= 1 && line <= sourceLines.length && !sourceLines[line - 1].isBlank()) {
                    sb.append("    ").append(sourceLines[line - 1].strip()).append('\n');
                }
            }
        }
        sb.append(lastLine(exception)).append('\n');
        return sb.toString();
    }

    /** {@code ZeroDivisionError: division by zero}, or just the class name when the message is empty. */
    private String lastLine(long exception) {
        String name = space.typeName(exception);
        String message;
        try {
            message = space.reprs().str(exception);
        } catch (RuntimeException e) {
            message = "<exception str() failed>";
        }
        return message.isEmpty() ? name : name + ": " + message;
    }
}
