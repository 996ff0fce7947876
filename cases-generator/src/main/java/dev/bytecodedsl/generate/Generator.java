package dev.bytecodedsl.generate;

import dev.bytecodedsl.analysis.Analysis;
import java.util.List;

/** One generator: the analysis in, complete file texts out. Generators never touch the disk. */
public interface Generator {

    List<GeneratedFile> generate(Analysis analysis);
}
