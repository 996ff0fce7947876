package dev.bytecodedsl.cases.analysis;

import java.util.List;

/** A specialization family: the generic head and its specialized forms, in declaration order. */
public record Family(String head, int cacheSize, List<String> members) {

    public Family {
        members = List.copyOf(members);
    }
}
