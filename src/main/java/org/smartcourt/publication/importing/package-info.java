/**
 * Publishing judgments in bulk: JSONL corpora (the JuDGE format and a generic one) go through the anonymiser and into
 * the published catalogue and its search index, in batches, idempotently; demo mode publishes the bundled judgments.
 */
@NullMarked
package org.smartcourt.publication.importing;

import org.jspecify.annotations.NullMarked;
