/**
 * Published judgments as stored in PostgreSQL and mapped into the full-text index by Hibernate Search; the
 * publication queue and the public notes of published records.
 */
@NullMarked
package org.smartcourt.publication.persistence;

import org.jspecify.annotations.NullMarked;
