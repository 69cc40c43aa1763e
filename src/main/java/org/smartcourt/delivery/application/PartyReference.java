package org.smartcourt.delivery.application;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * How the API and the pages name a party of a case without showing its ID number: a name-based UUID of the case and the
 * party's identification, stable for the life of the case.
 */
public final class PartyReference {

    private PartyReference() {}

    public static String of(UUID caseId, String identification) {
        return UUID.nameUUIDFromBytes((caseId + "/" + identification).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
