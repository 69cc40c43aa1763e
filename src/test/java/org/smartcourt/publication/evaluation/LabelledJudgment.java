package org.smartcourt.publication.evaluation;

import java.util.List;

/**
 * One judgment of the evaluation set: a real published judgment whose masked slots hold synthetic identities again.
 *
 * @param id the JuDGE text id
 * @param caseType the case-type code read from the case number
 * @param text the text with synthetic identities
 * @param parties what the simulated case record knows (defendants, victims, witnesses, appraisers)
 * @param labels where the identities, the judges and the case number are
 */
record LabelledJudgment(String id, String caseType, String text, List<PartyLabel> parties, List<Label> labels) {

    record PartyLabel(String name, String role) {}

    /**
     * @param category PERSON, ID_NUMBER, PHONE, BANK_CARD, PLATE, ADDRESS, or JUDGE / CASE_NUMBER (never masked)
     * @param role the person's role (for PERSON), else empty
     * @param known whether the case record (the parties list) knows this identity
     * @param rule2016 MASK, KEEP or ANY (not scored) under the 2016 rule
     * @param practice2024 MASK, KEEP or ANY under the 2024 practice
     */
    record Label(
            int start, int end, String category, String role, boolean known, String rule2016, String practice2024) {

        String expected(String profile) {
            return profile.equals("RULE_2016") ? rule2016 : practice2024;
        }
    }
}
