package org.smartcourt.audit;

import org.jspecify.annotations.Nullable;

/** Checks that the audit log is unbroken: each entry's hash covers its content and the entry before it. */
public interface AuditChain {

    Verification verify();

    /**
     * The outcome of a check.
     *
     * @param entriesChecked how many entries were read
     * @param firstBrokenEntry the sequence number of the first entry that does not match, or null when intact
     * @param headHash the hash of the newest entry; keep it elsewhere to detect removal of the newest entries
     */
    record Verification(
            boolean intact,
            long entriesChecked,
            @Nullable Long firstBrokenEntry,
            @Nullable String reason,
            @Nullable String headHash) {}
}
