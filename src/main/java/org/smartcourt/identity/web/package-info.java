/** Web and API endpoints of identity, and the security filter chains. */
@NullMarked
package org.smartcourt.identity.web;

import org.jspecify.annotations.NullMarked;
