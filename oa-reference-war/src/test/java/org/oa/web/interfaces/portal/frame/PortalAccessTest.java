package org.oa.web.interfaces.portal.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;
import org.oa.security.account.Role;
import org.oa.web.interfaces.web.PathGuardFilter;

/**
 * Access never widens through a spelling of a path: random variants of every declared page (percent-encodings,
 * case, doubled slashes, dot segments, path parameters, backslashes) are either refused by the path guard or
 * decided at least as strictly as the page itself, for every kind of visitor.
 */
class PortalAccessTest {

    private static final PendingSignIn PENDING = new PendingSignIn(PortalSite.PRACTICE_MATE,
            "00000000-0000-0000-0000-000000000001", "demo.user", "Demo User", null, null, List.of(Role.FRONT_DESK),
            Instant.EPOCH, true, false, false, false);

    private static final List<PortalAccess.Visitor> VISITORS = List.of(PortalAccess.Visitor.ANONYMOUS,
            new PortalAccess.Visitor(false, false, false, PENDING),
            new PortalAccess.Visitor(true, false, false, null),
            new PortalAccess.Visitor(true, false, true, null),
            new PortalAccess.Visitor(true, true, false, null));

    @Test
    void aFrontDeskUserIsRefusedAdministrationAndAnotherPortalsPages() {
        PortalAccess.Visitor frontDesk = new PortalAccess.Visitor(true, false, false, null);
        assertThat(PortalAccess.decide(PortalSite.PRACTICE_MATE, "admin.xhtml", frontDesk))
                .isEqualTo(PortalAccess.Verdict.FORBIDDEN);
        assertThat(PortalAccess.decide(PortalSite.SERVICE_CENTER, "claims.xhtml", PortalAccess.Visitor.ANONYMOUS))
                .isEqualTo(PortalAccess.Verdict.TO_LOGIN);
        assertThat(PortalAccess.decide(PortalSite.PRACTICE_MATE, "no-such-page.xhtml", frontDesk))
                .isEqualTo(PortalAccess.Verdict.NOT_FOUND);
        assertThat(PortalAccess.decide(PortalSite.SERVICE_CENTER, "api-tokens.xhtml",
                new PortalAccess.Visitor(true, true, false, null))).isEqualTo(PortalAccess.Verdict.TO_STEP_UP);
        assertThat(PortalAccess.decide(PortalSite.PRACTICE_MATE, "index.xhtml",
                new PortalAccess.Visitor(false, false, false, PENDING))).isEqualTo(PortalAccess.Verdict.TO_LOGIN);
        assertThat(PortalAccess.decide(PortalSite.PRACTICE_MATE, "second-factor.xhtml",
                new PortalAccess.Visitor(false, false, false, PENDING))).isEqualTo(PortalAccess.Verdict.ALLOW);
    }

    @Property(tries = 3000)
    void noSpellingOfAPageOpensMoreThanThePageItself(@ForAll("variants") Variant variant) {
        String raw = "/" + variant.site().path() + "/" + variant.spelled();
        if (PathGuardFilter.refuses(raw)) {
            return;
        }
        for (PortalAccess.Visitor visitor : VISITORS) {
            PortalAccess.Verdict canonical = PortalAccess.decide(variant.site(), variant.page(), visitor);
            PortalAccess.Verdict spelled = PortalAccess.decide(variant.site(), variant.spelled(), visitor);
            if (spelled == PortalAccess.Verdict.ALLOW) {
                assertThat(canonical).as(raw + " for " + visitor).isEqualTo(PortalAccess.Verdict.ALLOW);
                String folder = variant.page().contains("/")
                        ? variant.page().substring(0, variant.page().indexOf('/') + 1) : null;
                if (folder == null) {
                    assertThat(variant.spelled()).as("only the page's own spelling is served")
                            .isEqualTo(variant.page());
                } else {
                    assertThat(variant.spelled()).as("inside the page's own folder").startsWith(folder);
                }
            }
        }
    }

    record Variant(PortalSite site, String page, String spelled) {
    }

    @Provide
    Arbitrary<Variant> variants() {
        List<Variant> pages = new ArrayList<>();
        for (PortalSite site : PortalSite.values()) {
            for (String page : PortalPages.declared(site)) {
                pages.add(new Variant(site, page.endsWith("/") ? page + "x.835" : page, null));
            }
        }
        Arbitrary<Variant> page = Arbitraries.of(pages);
        Arbitrary<List<Integer>> tricks = Arbitraries.integers().between(0, 8).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Integer> positions = Arbitraries.integers().between(0, 1000);
        return Combinators.combine(page, tricks, positions).as((p, t, at) -> {
            String spelled = p.page();
            for (int trick : t) {
                spelled = apply(trick, spelled, at);
            }
            return new Variant(p.site(), p.page(), spelled);
        });
    }

    private static String apply(int trick, String path, int at) {
        int i = path.isEmpty() ? 0 : at % (path.length() + 1);
        return switch (trick) {
            case 0 -> i < path.length() ? path.substring(0, i) + String.format("%%%02X", (int) path.charAt(i))
                    + path.substring(i + 1) : path + "%2F";
            case 1 -> path.toUpperCase(Locale.ROOT);
            case 2 -> path.substring(0, i) + "/" + path.substring(i);
            case 3 -> "./" + path;
            case 4 -> "x/../" + path;
            case 5 -> path + ";x";
            case 6 -> path.replace('/', '\\');
            case 7 -> path.substring(0, i) + Character.toUpperCase(path.isEmpty() ? 'a' : path.charAt(Math.min(i,
                    path.length() - 1))) + path.substring(Math.min(i + 1, path.length()));
            default -> path + "/";
        };
    }
}
