/**
 * Public full-text search over published judgments: query parsing and validation, the Hibernate Search query with
 * filters, facet counts and highlighted snippets, the backend configuration (Lucene or OpenSearch) and per-client
 * rate limiting.
 */
@NullMarked
package org.smartcourt.publication.search;

import org.jspecify.annotations.NullMarked;
