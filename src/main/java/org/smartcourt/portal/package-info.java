/** The web shell: page layout, navigation by role, language choice and the public home page. */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package org.smartcourt.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
