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
        return anyErrorSince(0);
    }

    /**
     * Whether a finding added at or after position {@code from} ({@link #size()} then) is an ERRORE: asked for every
     * value of every returned file, without copying the list.
     */
    public boolean anyErrorSince(int from) {
        for (int i = from; i < list.size(); i++) {
            if (list.get(i).isError()) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return list.size();
    }

    public static boolean anyError(Collection<Finding> findings) {
        for (Finding f : findings) {
            if (f.isError()) {
                return true;
            }
        }
        return false;
    }
}
