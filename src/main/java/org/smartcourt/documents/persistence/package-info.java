/** Document metadata, seal records and signing keys in PostgreSQL. */
@NullMarked
package org.smartcourt.documents.persistence;

import org.jspecify.annotations.NullMarked;
