package org.oa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Surefire runs on the class path, so this test reads the compiled module descriptor itself. */
class ModuleBoundaryTest {

    private static final Path CLASSES = Paths.get("target", "classes");

    private static ModuleDescriptor descriptor() {
        ModuleReference reference = ModuleFinder.of(CLASSES).find("org.oa.security").orElseThrow();
        return reference.descriptor();
    }

    @Test
    void exportsOnlyTheApiPackages() {
        Set<String> exported = descriptor().exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertThat(exported).containsExactlyInAnyOrder("org.oa.security", "org.oa.security.account",
                "org.oa.security.apitoken", "org.oa.security.calendar",
                "org.oa.security.audit", "org.oa.security.lockout", "org.oa.security.login",
                "org.oa.security.password", "org.oa.security.practice", "org.oa.security.questions",
                "org.oa.security.recovery",
                "org.oa.security.session",
                "org.oa.security.sftp", "org.oa.security.twofactor");
        assertThat(exported).noneMatch(p -> p.contains(".internal"));
        assertThat(descriptor().exports()).allMatch(e -> !e.isQualified());
        assertThat(descriptor().opens()).isEmpty();
    }

    @Test
    void requiresNoContainerApi() {
        Set<String> required = descriptor().requires().stream().map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet());
        assertThat(required).noneMatch(name -> name.startsWith("jakarta.") || name.contains("payara"));
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        Path sources = Paths.get("src", "main", "java");
        List<Path> packages;
        try (Stream<Path> walk = Files.walk(sources)) {
            packages = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("module-info.java")).map(Path::getParent)
                    .distinct().toList();
        }
        assertThat(packages).isNotEmpty().allMatch(dir -> Files.exists(dir.resolve("package-info.java")));
    }

    @Test
    void internalPackagesAreNotExported() {
        Set<String> all = descriptor().packages();
        assertThat(all).anyMatch(p -> p.startsWith("org.oa.security.internal"));
    }
}
