/** Element schemas, answers and the rules that check them, drafts, and the layout of the pleadings; no Spring. */
@NullMarked
package org.smartcourt.filing.domain;

import org.jspecify.annotations.NullMarked;
