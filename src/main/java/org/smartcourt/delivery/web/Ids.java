package org.smartcourt.delivery.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.application.DeliveryProblem;
import org.smartcourt.delivery.domain.PostalAddress;
import org.smartcourt.documents.DocumentHash;

/** Reads the ids and values in paths and forms, answering 404 or 422 for malformed ones. */
final class Ids {

    private Ids() {}

    static UUID caseId(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw DeliveryProblem.noSuchCase(text);
        }
    }

    static UUID serviceId(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw DeliveryProblem.noSuchService(text);
        }
    }

    static DocumentHash hash(String text) {
        var hash = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (!DocumentHash.isValid(hash)) {
            throw DeliveryProblem.invalid("documentHash", "delivery.problem.documentHash");
        }
        return DocumentHash.of(hash);
    }

    static @Nullable PostalAddress postal(@Nullable String postcode, @Nullable String address, @Nullable String phone) {
        if (address == null || address.isBlank()) {
            return null;
        }
        if (postcode != null && !postcode.isBlank() && !PostalAddress.isPostcode(postcode)) {
            throw DeliveryProblem.invalid("postcode", "delivery.address.error.postcode");
        }
        try {
            return new PostalAddress(postcode, address, phone);
        } catch (IllegalArgumentException e) {
            throw DeliveryProblem.invalid("address", "delivery.address.error.address");
        }
    }
}
