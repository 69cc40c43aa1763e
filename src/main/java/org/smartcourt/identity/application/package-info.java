/** The identity use cases: register, verify, sign in, issue tokens, manage roles and seed demo accounts. */
@NullMarked
package org.smartcourt.identity.application;

import org.jspecify.annotations.NullMarked;
