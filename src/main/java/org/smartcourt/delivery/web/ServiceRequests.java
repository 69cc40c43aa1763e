package org.smartcourt.delivery.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.DocumentKind;
import org.smartcourt.delivery.domain.NoticeGround;
import org.smartcourt.delivery.domain.ReturnReason;
import org.smartcourt.delivery.domain.ServiceChannel;
import org.smartcourt.docket.PartyRole;

/** The bodies of the service API's requests. */
final class ServiceRequests {

    private ServiceRequests() {}

    /**
     * Serve an issued document.
     *
     * @param documentHash the SHA-256 of a document in the store (issued for this case or for none)
     * @param parties party references from {@code GET /api/v1/cases/{id}/service-addresses}
     * @param roles every party in these roles as well
     */
    record Serve(
            @NotBlank(message = "{delivery.api.documentHash.required}")
            String documentHash,

            @NotNull(message = "{delivery.api.kind.required}")
            DocumentKind kind,

            @Nullable @Size(max = 200, message = "{delivery.api.title.size}")
            String title,

            @Nullable List<String> parties,
            @Nullable Set<PartyRole> roles) {}

    /**
     * A service address confirmation (送达地址确认书).
     *
     * @param party the party it is for; staff only (entered from the paper form); a party confirms its own without it
     * @param channels electronic channels besides the platform inbox: EMAIL, SMS
     */
    record Address(
            @Nullable String party,
            @Nullable Boolean consent,
            @Nullable Set<ServiceChannel> channels,
            @Nullable String email,
            @Nullable String mobile,
            @Nullable String postcode,
            @Nullable String address,
            @Nullable String phone,
            @Nullable Boolean domicileAbroad) {}

    /** The letter was posted (法院专递); the address defaults to the postal task's. */
    record Posted(
            @NotBlank(message = "{delivery.api.trackingNumber.required}")
            String trackingNumber,

            @NotNull(message = "{delivery.api.date.required}")
            LocalDate postedOn,

            @Nullable String postcode,
            @Nullable String address,
            @Nullable String phone) {}

    /** The return receipt came back (CPL Art. 91). */
    record Received(
            @NotNull(message = "{delivery.api.date.required}")
            LocalDate receivedOn,

            boolean signedByAddressee) {}

    /** The letter came back undelivered. */
    record Returned(
            @NotNull(message = "{delivery.api.date.required}")
            LocalDate returnedOn,

            @NotNull(message = "{delivery.api.reason.required}")
            ReturnReason reason) {}

    /** A public notice was issued (CPL Art. 95); today when no date is given. */
    record Notice(
            @Nullable LocalDate issuedOn,

            @NotBlank(message = "{delivery.api.medium.required}")
            String medium,

            @NotNull(message = "{delivery.api.ground.required}")
            NoticeGround ground) {}
}
