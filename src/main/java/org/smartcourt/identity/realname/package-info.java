/** The built-in real-name verifier, which compares claims with a registry file. */
@NullMarked
package org.smartcourt.identity.realname;

import org.jspecify.annotations.NullMarked;
