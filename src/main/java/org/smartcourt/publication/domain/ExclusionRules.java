package org.smartcourt.publication.domain;

import java.util.EnumSet;
import java.util.regex.Pattern;
import org.smartcourt.judgments.DecisionKind;

/**
 * Which Art. 4 ground (法释〔2016〕19号; RULES.md §5.1) applies to an effective document. Grounds that follow from the case
 * record (a mediation statement, a divorce or custody cause) apply; grounds only the text can show (a juvenile
 * defendant, a state secret) are flagged for the reviewer to decide.
 */
public final class ExclusionRules {

    // Art. 4(4): 离婚纠纷 is a divorce proceeding; 离婚后财产纠纷 (after the divorce) is not, so it is only flagged.
    private static final Pattern DIVORCE = Pattern.compile("(?<!后)离婚纠纷|婚姻无效纠纷|撤销婚姻纠纷");
    private static final Pattern AFTER_DIVORCE = Pattern.compile("离婚后|探望权");
    // Art. 4(4): custody or guardianship of minor children. 抚养 is the support of children; 扶养 (between spouses) is not.
    private static final Pattern CUSTODY = Pattern.compile("抚养|监护");
    // Art. 4(3): a ruling confirming a (people's) mediation agreement (CPL Art. 205–206).
    private static final Pattern MEDIATION_CONFIRMATION = Pattern.compile("确认(?:人民)?调解协议");

    private ExclusionRules() {}

    public static ExclusionAssessment assess(DocumentFacts facts) {
        var toCheck = EnumSet.noneOf(ExclusionGround.class);
        if (facts.text().contains("国家秘密")) {
            toCheck.add(ExclusionGround.STATE_SECRET); // Art. 4(1)
        }
        if (facts.criminal() && facts.text().contains("未成年")) {
            toCheck.add(ExclusionGround.JUVENILE_CRIME); // Art. 4(2): a minor defendant, or only a minor victim?
        }
        var cause = facts.cause() == null ? "" : facts.cause();
        if (facts.kind() == DecisionKind.MEDIATION_STATEMENT && !facts.administrative()) {
            // Art. 4(3); Art. 3(9) publishes administrative (and civil public-interest) mediation statements.
            return new ExclusionAssessment(ExclusionGround.MEDIATION, toCheck);
        }
        if (MEDIATION_CONFIRMATION.matcher(cause).find()) {
            return new ExclusionAssessment(ExclusionGround.MEDIATION, toCheck); // Art. 4(3)
        }
        if (DIVORCE.matcher(cause).find() || CUSTODY.matcher(cause).find()) {
            return new ExclusionAssessment(ExclusionGround.DIVORCE_OR_CUSTODY, toCheck); // Art. 4(4)
        }
        if (AFTER_DIVORCE.matcher(cause).find()) {
            toCheck.add(ExclusionGround.DIVORCE_OR_CUSTODY);
        }
        return new ExclusionAssessment(null, toCheck);
    }
}
