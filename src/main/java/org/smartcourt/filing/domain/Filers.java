package org.smartcourt.filing.domain;

import java.util.Optional;

/** Looks up the account of a filer. */
public interface Filers {

    Optional<FilerProfile> of(String username);
}
