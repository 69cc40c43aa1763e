package org.smartcourt.publication.anonymisation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The role of a person in the case record, with the words that introduce it in a judgment. Court officers (judges,
 * people's assessors, judicial assistants, clerks) are never anonymised (RULES.md §5.4, SPC statement of 2026).
 */
public enum Role {
    PLAINTIFF(true, "原告", "起诉人"),
    DEFENDANT(true, "被告人", "被告", "罪犯"),
    THIRD_PARTY(true, "第三人"),
    APPELLANT(true, "上诉人", "原审上诉人"),
    APPELLEE(true, "被上诉人"),
    APPLICANT(true, "申请人", "申请执行人", "再审申请人", "申诉人"),
    RESPONDENT(true, "被申请人", "被执行人", "被申诉人"),
    VICTIM(false, "被害人"),
    INCIDENTAL_CIVIL_PLAINTIFF(true, "附带民事诉讼原告人", "附带民事诉讼原告"),
    LEGAL_REPRESENTATIVE(false, "法定代理人", "法定代表人"),
    MINOR(false, "未成年人"),
    WITNESS(false, "证人"),
    APPRAISER(false, "鉴定人"),
    AGENT(false, "委托诉讼代理人", "委托代理人", "诉讼代理人"),
    DEFENDER(false, "辩护人"),
    PROSECUTOR(false, "检察员", "代理检察员", "检察官", "公诉人"),
    JUDGE(false, "审判长", "审判员", "代理审判员", "执行员"),
    PEOPLES_ASSESSOR(false, "人民陪审员", "陪审员"),
    JUDICIAL_ASSISTANT(false, "法官助理"),
    CLERK(false, "书记员", "代书记员"),
    OTHER(false);

    private final boolean party;
    private final List<String> words;

    Role(boolean party, String... words) {
        this.party = party;
        this.words = List.of(words);
    }

    /** A 当事人 (party) in the sense of the procedure laws. */
    public boolean isParty() {
        return party;
    }

    /** Judges, people's assessors, judicial assistants and clerks: kept in every profile. */
    public boolean isCourtOfficer() {
        return this == JUDGE || this == PEOPLES_ASSESSOR || this == JUDICIAL_ASSISTANT || this == CLERK;
    }

    /** The words that introduce a person in this role, longest first within the role. */
    public List<String> words() {
        return words;
    }

    /** Accepts the constant name ({@code VICTIM}) or a Chinese role word ({@code 被害人}). */
    public static Optional<Role> parse(String value) {
        var trimmed = value.strip();
        for (var role : values()) {
            if (role.name().equals(trimmed.toUpperCase(Locale.ROOT)) || role.words.contains(trimmed)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
