package org.smartcourt.publication.anonymisation;

import java.util.Optional;
import java.util.regex.Pattern;

/** Who is masked under a profile, and the legal rule that says so (法释〔2016〕19号 Art. 8; RULES.md §5.2, §5.5). */
final class PublicationPolicy {

    static final String PRACTICE_PARTY = "2024实践·当事人隐名";
    static final String PRACTICE_ORGANISATION = "2024实践·法人及其他组织隐名";
    static final String SAFETY_NET = "2016规定第十条(六)·未知自然人";

    /** Art. 8 (1) concerns marriage and family and succession disputes; the cause of action names them. */
    private static final Pattern FAMILY_OR_SUCCESSION =
            Pattern.compile("(?:离婚|婚姻|婚约|夫妻|抚养|扶养|赡养|继承|遗嘱|遗赠|收养|监护|同居关系|探望权|亲子关系|分家析产)[^。，]{0,12}?纠纷");

    private final Profile profile;
    private final CaseType caseType;
    private final boolean familyOrSuccession;

    PublicationPolicy(Profile profile, CaseType caseType, String text) {
        this.profile = profile;
        this.caseType = caseType;
        this.familyOrSuccession = caseType.branch() == CaseType.Branch.CIVIL
                && FAMILY_OR_SUCCESSION.matcher(text).find();
    }

    boolean familyOrSuccession() {
        return familyOrSuccession;
    }

    /** The rule that requires masking a person or organisation in this role, or empty when the name is kept. */
    Optional<String> maskingRule(Role role, boolean organisation) {
        if (role.isCourtOfficer()) {
            return Optional.empty(); // Art. 11, SPC 2026: judges, assessors, assistants and clerk are kept.
        }
        if (profile == Profile.PRACTICE_2024) {
            return practice2024(role, organisation);
        }
        return rule2016(role, organisation);
    }

    private Optional<String> practice2024(Role role, boolean organisation) {
        // RULES.md §5.5: every party and every legal person or other organisation is masked; lawyers, prosecutors kept.
        if (role == Role.AGENT || role == Role.DEFENDER || role == Role.PROSECUTOR) {
            return Optional.empty();
        }
        if (organisation) {
            return Optional.of(PRACTICE_ORGANISATION);
        }
        return Optional.of(role == Role.OTHER ? SAFETY_NET : PRACTICE_PARTY);
    }

    private Optional<String> rule2016(Role role, boolean organisation) {
        if (organisation) {
            return Optional.empty(); // Art. 11: names of legal persons and other organisations are kept.
        }
        if (role == Role.MINOR) {
            return Optional.of("2016规定第八条(三)"); // minors and their legal representatives
        }
        if (role == Role.OTHER) {
            return Optional.of(SAFETY_NET); // unknown people: the court deems their names unsuitable to publish
        }
        var branch = caseType.branch();
        if (branch == CaseType.Branch.CRIMINAL
                && (role == Role.VICTIM
                        || role == Role.INCIDENTAL_CIVIL_PLAINTIFF
                        || role == Role.WITNESS
                        || role == Role.APPRAISER
                        || role == Role.LEGAL_REPRESENTATIVE)) {
            return Optional.of("2016规定第八条(二)");
        }
        if (familyOrSuccession && (role.isParty() || role == Role.LEGAL_REPRESENTATIVE)) {
            return Optional.of("2016规定第八条(一)");
        }
        return Optional.empty();
    }
}
