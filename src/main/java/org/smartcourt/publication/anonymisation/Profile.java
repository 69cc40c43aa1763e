package org.smartcourt.publication.anonymisation;

/** Which anonymisation standard applies. */
public enum Profile {
    /** 法释〔2016〕19号 Art. 8–11: who is anonymised depends on the case type and the person's role. */
    RULE_2016,
    /** The practice since 2024 (RULES.md §5.5): every party and every organisation is masked. */
    PRACTICE_2024
}
