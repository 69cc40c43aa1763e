package org.smartcourt.filing.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of online filing.
 *
 * @param maxAttachmentSize the largest file a filer may attach (the servlet's multipart limits must allow it too)
 */
@ConfigurationProperties("smartcourt.filing")
public record FilingProperties(@DefaultValue("20MB") DataSize maxAttachmentSize) {}
