package org.oa.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    @Test
    void exportsOnlyTheApiPackages() {
        ModuleDescriptor descriptor = ModuleFinder.of(Path.of("target/classes")).find("org.oa.edi").orElseThrow()
                .descriptor();

        assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("org.oa.edi.stream", "org.oa.edi.validation", "org.oa.edi.document",
                        "org.oa.edi.ack", "org.oa.edi.claims", "org.oa.edi.intake");
        assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
        assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name))
                .containsExactlyInAnyOrder("java.base", "org.oa.core");
    }
}
