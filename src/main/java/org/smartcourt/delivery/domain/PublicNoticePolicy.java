package org.smartcourt.delivery.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.DocumentKind;
import org.smartcourt.docket.Procedure;

/** When a document may be served by public notice, and when it is then deemed served. */
public final class PublicNoticePolicy {

    /** Why public notice is not allowed. */
    public enum Refusal {
        /** 民诉解释 Art. 140: no public-notice service in summary procedure (small claims included). */
        SUMMARY_PROCEDURE,
        /** 民诉解释 Art. 133, CPL Art. 100: a mediation statement is served on the person, never deemed served. */
        PERSONAL_SERVICE_ONLY,
        /** CPL Art. 95: the other methods must have failed first (the letter came back undelivered). */
        OTHER_METHODS_NOT_TRIED,
        /** Service already took effect. */
        ALREADY_SERVED,
        /** A public notice was already issued for this service. */
        ALREADY_NOTICED
    }

    private PublicNoticePolicy() {}

    /** Why a public notice may not be issued, or empty when it may. */
    public static Optional<Refusal> refusal(
            @Nullable Procedure procedure, DocumentKind kind, NoticeGround ground, boolean otherMethodsFailed) {
        if (kind == DocumentKind.MEDIATION_STATEMENT) {
            return Optional.of(Refusal.PERSONAL_SERVICE_ONLY);
        }
        if (procedure == Procedure.SUMMARY || procedure == Procedure.SMALL_CLAIMS) {
            return Optional.of(Refusal.SUMMARY_PROCEDURE);
        }
        if (ground == NoticeGround.OTHER_METHODS_FAILED && !otherMethodsFailed) {
            return Optional.of(Refusal.OTHER_METHODS_NOT_TRIED);
        }
        return Optional.empty();
    }

    /**
     * CPL Art. 95: deemed served when 30 days have passed from the day the notice was issued; CPL Art. 283 ¶2: 60 days
     * for a party with no domicile in China. The day of issue is not counted (CPL Art. 85), so a notice issued on 6 May
     * is deemed served on 5 June (RULES.md §3.5, example 4). The day is a moment of service, not the end of a period in
     * which someone must act, so it is not moved past rest days.
     */
    public static LocalDate deemedServedOn(LocalDate issuedOn, boolean abroad) {
        return issuedOn.plusDays(abroad ? 60 : 30);
    }
}
