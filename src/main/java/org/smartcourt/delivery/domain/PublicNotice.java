package org.smartcourt.delivery.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Service by public notice (公告送达): the notice was issued on a day in a medium, and service is deemed made when the
 * notice period has passed.
 *
 * @param medium where it was published (the court's notice board, a newspaper, the court's website…; 民诉解释 Art. 138)
 * @param deemedServedOn the day service is deemed made
 */
public record PublicNotice(
        LocalDate issuedOn,
        String medium,
        NoticeGround ground,
        boolean abroad,
        LocalDate deemedServedOn,
        String issuedBy) {

    public PublicNotice {
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(deemedServedOn, "deemedServedOn");
        if (medium == null || medium.isBlank() || medium.length() > 200) {
            throw new IllegalArgumentException("A public notice names its medium in at most 200 characters");
        }
        if (issuedBy == null || issuedBy.isBlank()) {
            throw new IllegalArgumentException("A public notice names who issued it");
        }
    }
}
