/** The decisions of a case and the rules of their legal effect; no Spring, no persistence, no web. */
@NullMarked
package org.smartcourt.judgments.domain;

import org.jspecify.annotations.NullMarked;
