package org.smartcourt.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which days are rest days for counting procedural periods, and the arithmetic of periods counted in days.
 *
 * <p>Saturdays and Sundays are rest days unless listed as working days (调休); statutory holidays (法定节假日) are the
 * dates listed as holidays. The lists are data: the State Council publishes them each year.
 */
public record CourtCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {

    public CourtCalendar {
        holidays = Set.copyOf(holidays);
        workingWeekendDays = Set.copyOf(workingWeekendDays);
        for (var day : holidays) {
            if (workingWeekendDays.contains(day)) {
                throw new IllegalArgumentException("A day is both a holiday and a working day: " + day);
            }
        }
    }

    /** Weekends only, without any holiday. */
    public static CourtCalendar weekendsOnly() {
        return new CourtCalendar(Set.of(), Set.of());
    }

    /**
     * Reads lines {@code yyyy-MM-dd HOLIDAY|WORKDAY [note]}; blank lines and lines starting with {@code #} are ignored.
     *
     * @throws IllegalArgumentException naming the first line that is neither
     */
    public static CourtCalendar parse(List<String> lines) {
        var holidays = new HashSet<LocalDate>();
        var working = new HashSet<LocalDate>();
        var number = 0;
        for (var line : lines) {
            number++;
            var text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            var fields = text.split("\\s+", 3);
            if (fields.length < 2) {
                throw new IllegalArgumentException("Calendar line " + number + " needs a date and a kind");
            }
            LocalDate day;
            try {
                day = LocalDate.parse(fields[0]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Calendar line " + number + " has no date: " + fields[0], e);
            }
            switch (fields[1].toUpperCase(Locale.ROOT)) {
                case "HOLIDAY" -> holidays.add(day);
                case "WORKDAY" -> working.add(day);
                default ->
                    throw new IllegalArgumentException(
                            "Calendar line " + number + ": the kind is HOLIDAY or WORKDAY, not " + fields[1]);
            }
        }
        return new CourtCalendar(holidays, working);
    }

    /** Whether the court is closed that day: a statutory holiday, or a weekend day not made a working day. */
    public boolean isRestDay(LocalDate day) {
        if (holidays.contains(day)) {
            return true;
        }
        var weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend && !workingWeekendDays.contains(day);
    }

    /**
     * The last day of a period of {@code days} days that starts on {@code start}.
     *
     * <p>CPL Art. 85 ¶2: the starting day is not counted (民诉解释 Art. 125: the period starts the next day). CPL Art.
     * 85 ¶3: when the last day is a holiday, the period ends on the first day after the holiday; weekends count as
     * holidays in practice.
     */
    public LocalDate lastDayOf(LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("A period lasts at least one day: " + days);
        }
        var last = start.plusDays(days);
        while (isRestDay(last)) {
            last = last.plusDays(1);
        }
        return last;
    }

    /** Whether the court works that day: neither a statutory holiday nor a weekend day left as a rest day. */
    public boolean isWorkingDay(LocalDate day) {
        return !isRestDay(day);
    }

    /**
     * The {@code days}-th working day after {@code start}, for periods counted in working days (工作日): the starting
     * day is not counted (as CPL Art. 85 ¶2 for days); weekends and statutory holidays are skipped, working weekend
     * days (调休) count.
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("A period lasts at least one working day: " + days);
        }
        var day = start;
        for (var counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Whole days from {@code today} to the last day of the period: 0 on the last day, negative once it has passed.
     */
    public long daysLeft(LocalDate start, int days, LocalDate today) {
        return ChronoUnit.DAYS.between(today, lastDayOf(start, days));
    }
}
