package org.smartcourt.delivery.domain;

import java.util.Optional;
import java.util.UUID;

/** The electronic service certificates issued, one per state of a service's trace. */
public interface Certificates {

    /** The hash of the certificate issued for the service when its trace had this many facts. */
    Optional<String> find(UUID serviceId, int traceSize);

    void add(UUID serviceId, int traceSize, String hash);
}
