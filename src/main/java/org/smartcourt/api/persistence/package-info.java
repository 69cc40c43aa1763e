/** Idempotent requests stored in PostgreSQL. */
@NullMarked
package org.smartcourt.api.persistence;

import org.jspecify.annotations.NullMarked;
