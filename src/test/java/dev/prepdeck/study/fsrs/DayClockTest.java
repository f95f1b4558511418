package dev.prepdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Study days follow the learner's time zone and rollover hour; UTC with hour 0 is ts-fsrs's calendar-day count. */
class DayClockTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant local(String dateTime, ZoneId zone) {
        return ZonedDateTime.of(LocalDateTime.parse(dateTime), zone).toInstant();
    }

    @Test
    void seoulReviewAt0330BelongsToPreviousStudyDay() {
        DayClock clock = DayClock.of(SEOUL);
        Instant evening = local("2024-03-10T22:00", SEOUL);

        assertEquals(0, clock.elapsedDays(evening, local("2024-03-11T03:30", SEOUL)));
        assertEquals(1, clock.elapsedDays(evening, local("2024-03-11T04:00", SEOUL)));
        assertEquals(clock.studyDay(local("2024-03-10T12:00", SEOUL)), clock.studyDay(local("2024-03-11T03:59", SEOUL)));
    }

    @Test
    void defaultRolloverIsFourAm() {
        assertEquals(4, DayClock.of(SEOUL).rolloverHour());
    }

    @Test
    void utcMidnightCountsCalendarDaysLikeTsFsrs() {
        DayClock clock = DayClock.UTC_MIDNIGHT;

        assertEquals(1, clock.elapsedDays(Instant.parse("2024-03-10T23:50:00Z"), Instant.parse("2024-03-11T00:10:00Z")));
        assertEquals(0, clock.elapsedDays(Instant.parse("2024-03-10T00:10:00Z"), Instant.parse("2024-03-10T23:50:00Z")));
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long ms = random.nextLong() % 10_000_000_000_000L;
            assertEquals(Math.floorDiv(ms, 86_400_000L), clock.studyDay(Instant.ofEpochMilli(ms)), "at " + ms);
        }
    }

    @Test
    void schedulerUsesLearnersStudyDaysForElapsedDays() {
        FsrsScheduler seoul = new FsrsScheduler(FsrsConfig.defaults().withFuzz(false).withDayClock(DayClock.of(SEOUL)));
        Instant evening = local("2024-03-10T22:00", SEOUL);
        FsrsCard card = seoul.review(FsrsCard.newCard(evening), evening, Rating.EASY).card();

        assertEquals(0, seoul.review(card, local("2024-03-11T03:30", SEOUL), Rating.GOOD).log().elapsedDays());
        assertEquals(1, seoul.review(card, local("2024-03-11T04:30", SEOUL), Rating.GOOD).log().elapsedDays());
    }

    @Test
    void daylightSavingChangeDoesNotShiftStudyDays() {
        DayClock clock = DayClock.of(NEW_YORK);
        // Clocks jump from 02:00 to 03:00 on 2024-03-10 and back from 02:00 to 01:00 on 2024-11-03.
        assertEquals(1, clock.elapsedDays(local("2024-03-09T04:00", NEW_YORK), local("2024-03-10T04:00", NEW_YORK)));
        assertEquals(0, clock.elapsedDays(local("2024-03-09T04:00", NEW_YORK), local("2024-03-10T03:30", NEW_YORK)));
        assertEquals(1, clock.elapsedDays(local("2024-11-02T05:00", NEW_YORK), local("2024-11-03T04:00", NEW_YORK)));
        assertEquals(Duration.ofHours(23), Duration.between(local("2024-03-09T04:00", NEW_YORK),
                clock.startOfNextStudyDay(local("2024-03-09T04:00", NEW_YORK))));
    }

    @Test
    void nextStudyDayStartsAtRolloverHourLocalTime() {
        DayClock clock = DayClock.of(SEOUL);

        assertEquals(local("2024-03-11T04:00", SEOUL), clock.startOfNextStudyDay(local("2024-03-10T22:00", SEOUL)));
        assertEquals(local("2024-03-11T04:00", SEOUL), clock.startOfNextStudyDay(local("2024-03-11T03:59", SEOUL)));
        assertEquals(local("2024-03-12T04:00", SEOUL), clock.startOfNextStudyDay(local("2024-03-11T04:00", SEOUL)));
    }

    @Test
    void currentStudyDayBeganAtTheLastRollover() {
        DayClock clock = DayClock.of(SEOUL);

        assertEquals(local("2024-03-10T04:00", SEOUL), clock.startOfStudyDay(local("2024-03-11T03:59", SEOUL)));
        assertEquals(local("2024-03-11T04:00", SEOUL), clock.startOfStudyDay(local("2024-03-11T04:00", SEOUL)));
        assertEquals(clock.studyDay(local("2024-03-11T12:00", SEOUL)),
                clock.studyDay(clock.startOf(clock.studyDay(local("2024-03-11T12:00", SEOUL)))));
    }

    @Test
    void rolloverHourOutsideTheDayIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DayClock(SEOUL, 24));
        assertThrows(IllegalArgumentException.class, () -> new DayClock(SEOUL, -1));
    }
}
