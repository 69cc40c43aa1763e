/** Idempotency keys, request fingerprints and what a repeated request is answered with. */
@NullMarked
package org.smartcourt.api.domain;

import org.jspecify.annotations.NullMarked;
