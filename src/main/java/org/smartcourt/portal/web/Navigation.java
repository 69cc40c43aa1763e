package org.smartcourt.portal.web;

import java.util.List;
import java.util.Set;

/** The entries of the main menu, each shown to the roles that use it. */
final class Navigation {

    /** One menu entry: a message key, a path and the roles that see it (empty: everyone). */
    record Entry(String labelKey, String path, Set<String> roles, boolean signedInOnly) {

        boolean visibleTo(Set<String> userRoles, boolean signedIn) {
            if (signedInOnly && !signedIn) {
                return false;
            }
            return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
        }
    }

    private static final Set<String> STAFF =
            Set.of("ROLE_CLERK", "ROLE_JUDGE", "ROLE_PRESIDENT", "ROLE_FINANCE", "ROLE_ADMIN");

    static final List<Entry> ENTRIES = List.of(
            new Entry("nav.home", "/", Set.of(), false),
            new Entry("nav.courts", "/courts", Set.of(), false),
            new Entry("nav.judgments", "/judgments", Set.of(), false),
            new Entry("nav.fees", "/fees/calculator", Set.of(), false),
            new Entry("nav.risk", "/guidance/risk", Set.of(), false),
            new Entry("nav.verifyDocument", "/documents/verify", Set.of(), false),
            new Entry("nav.verify", "/account/verify", Set.of("ROLE_LITIGANT", "ROLE_LAWYER"), true),
            new Entry("nav.filing", "/filing/new", Set.of("ROLE_LITIGANT", "ROLE_LAWYER"), true),
            new Entry("nav.cases", "/cases", Set.of(), true),
            new Entry("nav.inbox", "/inbox", Set.of(), true),
            new Entry("nav.registration", "/staff/registration", Set.of("ROLE_CLERK", "ROLE_PRESIDENT"), true),
            new Entry("nav.publication", "/staff/publication", Set.of("ROLE_CLERK", "ROLE_PRESIDENT"), true),
            new Entry(
                    "fees.nav.relief", "/staff/fee-relief", Set.of("ROLE_CLERK", "ROLE_JUDGE", "ROLE_PRESIDENT"), true),
            new Entry(
                    "delivery.nav.services",
                    "/staff/services",
                    Set.of("ROLE_CLERK", "ROLE_JUDGE", "ROLE_PRESIDENT"),
                    true),
            new Entry("nav.staff", "/staff", STAFF, true),
            new Entry("nav.account", "/account", Set.of(), true));

    private Navigation() {}

    static List<Entry> visibleTo(Set<String> roles, boolean signedIn) {
        return ENTRIES.stream()
                .filter(entry -> entry.visibleTo(roles, signedIn))
                .toList();
    }
}
