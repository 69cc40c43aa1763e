package org.smartcourt.docket.application;

import org.smartcourt.docket.domain.AssignmentMethod;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the docket.
 *
 * @param registrationDays the registration period in days (CPL Art. 126: 7)
 * @param assignmentMethod how a judge is chosen at registration when the clerk does not say: RANDOM or RULE
 */
@ConfigurationProperties("smartcourt.docket")
public record DocketProperties(
        @DefaultValue("7") int registrationDays,
        @DefaultValue("RANDOM") AssignmentMethod assignmentMethod) {}
