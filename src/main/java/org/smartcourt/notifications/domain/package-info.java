/** The inbox's messages and the rules for reading them. */
@NullMarked
package org.smartcourt.notifications.domain;

import org.jspecify.annotations.NullMarked;
