/** The document and seal model: content hashes, verification codes, verdicts and the ports that keep them. */
@NullMarked
package org.smartcourt.documents.domain;

import org.jspecify.annotations.NullMarked;
