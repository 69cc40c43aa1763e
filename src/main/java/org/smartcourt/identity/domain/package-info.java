/** Accounts, role grants, login throttling, one-time codes and the real-name verification port, free of frameworks. */
@NullMarked
package org.smartcourt.identity.domain;

import org.jspecify.annotations.NullMarked;
