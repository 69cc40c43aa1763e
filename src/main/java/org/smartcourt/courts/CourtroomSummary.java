package org.smartcourt.courts;

import org.smartcourt.shared.CourtCode;

/**
 * A courtroom of a court.
 *
 * @param court the court it belongs to
 * @param name its name, unique within the court
 * @param onlineCapable whether it is equipped for online hearings
 */
public record CourtroomSummary(CourtCode court, String name, boolean onlineCapable) {}
