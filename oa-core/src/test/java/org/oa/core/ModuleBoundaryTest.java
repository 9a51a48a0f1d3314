package org.oa.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Guards the API boundary: only API packages are exported, nothing under internal. */
class ModuleBoundaryTest {

    @Test
    void exportsOnlyApiPackages() {
        ModuleDescriptor descriptor = ModuleFinder.of(Path.of("target/classes")).find("org.oa.core")
                .orElseThrow().descriptor();
        var exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertThat(exported).allMatch(p -> p.startsWith("org.oa.core") && !p.contains(".internal"));
        assertThat(exported).contains("org.oa.core", "org.oa.core.identifier", "org.oa.core.practice",
                "org.oa.core.persistence", "org.oa.core.patient", "org.oa.core.contact", "org.oa.core.claim",
                "org.oa.core.patient.imports", "org.oa.core.schedule");
        assertThat(descriptor.packages()).anyMatch(p -> p.contains(".internal"));
    }
}
