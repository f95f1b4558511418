package dev.prepdeck.study.fsrs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Counts "study days": a study day starts at the rollover hour in the learner's time zone (Anki's "next day
 * starts at"), so a review at 03:30 with rollover 4 still belongs to the previous evening's session.
 *
 * @param zone         the learner's time zone
 * @param rolloverHour local hour (0..23) at which a new study day begins
 */
public record DayClock(ZoneId zone, int rolloverHour) {

    /** Anki's default: the next day starts at 4 am local time. */
    public static final int DEFAULT_ROLLOVER_HOUR = 4;

    /** UTC calendar days, exactly how ts-fsrs counts elapsed days (and how the reference vectors were made). */
    public static final DayClock UTC_MIDNIGHT = new DayClock(ZoneOffset.UTC, 0);

    public DayClock {
        Objects.requireNonNull(zone, "zone");
        if (rolloverHour < 0 || rolloverHour > 23) {
            throw new IllegalArgumentException("Day rollover hour must be between 0 and 23, was " + rolloverHour);
        }
    }

    /** A clock for {@code zone} with the default 4 am rollover. */
    public static DayClock of(ZoneId zone) {
        return new DayClock(zone, DEFAULT_ROLLOVER_HOUR);
    }

    /** The study day {@code instant} falls on, as an epoch-day number. */
    public long studyDay(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalDate date = local.toLocalDate();
        // Comparing the local hour (not subtracting a fixed offset) keeps DST days right.
        if (local.getHour() < rolloverHour) {
            date = date.minusDays(1);
        }
        return date.toEpochDay();
    }

    /** Study days from {@code earlier} to {@code later}; negative if {@code later} is on an earlier study day. */
    public int elapsedDays(Instant earlier, Instant later) {
        return Math.toIntExact(studyDay(later) - studyDay(earlier));
    }

    /** The instant the study day containing {@code now} began. */
    public Instant startOfStudyDay(Instant now) {
        return startOf(studyDay(now));
    }

    /** The instant study day {@code epochDay} (as numbered by {@link #studyDay}) begins. */
    public Instant startOf(long epochDay) {
        // ZonedDateTime.of moves a rollover time that falls into a DST gap forward, which is what a learner expects.
        return ZonedDateTime.of(LocalDate.ofEpochDay(epochDay).atTime(rolloverHour, 0), zone).toInstant();
    }

    /** The instant the study day after the one containing {@code now} begins (e.g. "buried until tomorrow"). */
    public Instant startOfNextStudyDay(Instant now) {
        return startOf(studyDay(now) + 1);
    }
}
