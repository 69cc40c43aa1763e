/** Drafts and attachments in PostgreSQL through {@code JdbcClient}, answers as JSONB. */
@NullMarked
package org.smartcourt.filing.persistence;

import org.jspecify.annotations.NullMarked;
