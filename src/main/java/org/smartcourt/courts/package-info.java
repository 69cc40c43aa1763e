/**
 * The court registry: the official list of courts with their 法院代字 and hierarchy, the case-type codes, and
 * courtrooms. Other modules use the {@link org.smartcourt.courts.Courts} façade.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package org.smartcourt.courts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
