package org.smartcourt.delivery.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The postal-service task (法院专递) of one service: the clerk posts the document, enters the tracking number, and later
 * the date on the return receipt (CPL Art. 91) or the return of the letter.
 *
 * @param address where to post; null until the clerk knows it
 * @param addressConfirmed the address is one the addressee provided or confirmed (法院专递规定 Art. 3, 11)
 * @param signedByAddressee the receipt was signed by the addressee in person (matters for mediation statements)
 */
public record PostalService(
        @Nullable PostalAddress address,
        boolean addressConfirmed,
        PostalStatus status,
        @Nullable String trackingNumber,
        @Nullable LocalDate postedOn,
        @Nullable LocalDate receivedOn,
        boolean signedByAddressee,
        @Nullable LocalDate returnedOn,
        @Nullable ReturnReason returnReason,
        Instant createdAt) {

    private static final Pattern TRACKING_NUMBER = Pattern.compile("[0-9A-Za-z-]{6,40}");

    public PostalService {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (trackingNumber != null && !TRACKING_NUMBER.matcher(trackingNumber).matches()) {
            throw new IllegalArgumentException("A tracking number has 6 to 40 letters, digits or hyphens");
        }
    }

    public static boolean isTrackingNumber(String text) {
        return text != null && TRACKING_NUMBER.matcher(text.strip()).matches();
    }

    static PostalService task(@Nullable PostalAddress address, boolean confirmed, Instant createdAt) {
        return new PostalService(
                address, confirmed, PostalStatus.TO_POST, null, null, null, false, null, null, createdAt);
    }

    PostalService posted(PostalAddress at, boolean confirmed, String tracking, LocalDate on) {
        return new PostalService(at, confirmed, PostalStatus.POSTED, tracking, on, null, false, null, null, createdAt);
    }

    PostalService received(LocalDate on, boolean byAddressee) {
        return new PostalService(
                address,
                addressConfirmed,
                PostalStatus.RECEIVED,
                trackingNumber,
                postedOn,
                on,
                byAddressee,
                null,
                null,
                createdAt);
    }

    PostalService returned(LocalDate on, ReturnReason reason) {
        return new PostalService(
                address,
                addressConfirmed,
                PostalStatus.RETURNED,
                trackingNumber,
                postedOn,
                null,
                false,
                on,
                reason,
                createdAt);
    }

    PostalService notNeeded() {
        return new PostalService(
                address,
                addressConfirmed,
                PostalStatus.NOT_NEEDED,
                trackingNumber,
                postedOn,
                receivedOn,
                signedByAddressee,
                returnedOn,
                returnReason,
                createdAt);
    }
}
