package it.peg.cli;

import java.util.ServiceLoader;

/**
 * The developer's tools that commands run ({@link DemoOffices}, {@link BenchRunner}), found at run time through
 * {@link ServiceLoader}: they are compiled after the product, from {@code src/tools/java}, into the same jar, and no
 * product package refers to them by name.
 */
final class Tools {
    private Tools() {
    }

    /** The one implementation of {@code type} on the class path; peg's fault (exit 4) when the build left it out. */
    static <T> T load(Class<T> type) {
        return ServiceLoader.load(type, Tools.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type.getName()
                        + " on the class path: the tools of src/tools/java are missing from this build"));
    }
}
