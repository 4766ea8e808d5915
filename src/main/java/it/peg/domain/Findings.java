package it.peg.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A collector of findings: stages append to it, nobody throws for a validation problem. */
public final class Findings {
    private final List<Finding> list = new ArrayList<>();

    public void add(Finding finding) {
        list.add(finding);
    }

    public void addAll(Collection<Finding> findings) {
        list.addAll(findings);
    }

    public List<Finding> asList() {
        return List.copyOf(list);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Finding::isError);
    }

    public int size() {
        return list.size();
    }

    public static boolean anyError(Collection<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }
}
