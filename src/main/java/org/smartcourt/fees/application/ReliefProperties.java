package org.smartcourt.fees.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of fee relief (司法救助).
 *
 * @param maxEvidenceSize the largest evidence file an applicant may upload (the servlet's multipart limits must allow
 *     it too)
 * @param maxEvidenceFiles how many evidence files one application may bring
 */
@ConfigurationProperties("smartcourt.fees.relief")
public record ReliefProperties(
        @DefaultValue("10MB") DataSize maxEvidenceSize,
        @DefaultValue("5") int maxEvidenceFiles) {}
