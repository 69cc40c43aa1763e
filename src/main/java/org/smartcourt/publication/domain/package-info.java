/**
 * The publication workflow's rules (法释〔2016〕19号 Art. 3–7): the queue of effective documents with their deadlines,
 * the exclusions of Art. 4 and the notice published instead, the reviewer's corrections, and the public notes of
 * corrections and withdrawals; no Spring, no persistence, no web.
 */
@NullMarked
package org.smartcourt.publication.domain;

import org.jspecify.annotations.NullMarked;
