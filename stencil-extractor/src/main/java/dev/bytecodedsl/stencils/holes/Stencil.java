package dev.bytecodedsl.stencils.holes;

import dev.bytecodedsl.kit.jit.Hole;
import java.util.List;

/** A finished stencil as the extractor builds it: code and data bytes with their holes, sorted by offset. */
public record Stencil(byte[] code, List<Hole> codeHoles, byte[] data, List<Hole> dataHoles) {

    public Stencil {
        code = code.clone();
        data = data.clone();
        codeHoles = List.copyOf(codeHoles);
        dataHoles = List.copyOf(dataHoles);
    }

    @Override
    public byte[] code() {
        return code.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
