/** The decisions as stored in PostgreSQL. */
@NullMarked
package org.smartcourt.judgments.persistence;

import org.jspecify.annotations.NullMarked;
