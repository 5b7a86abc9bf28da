package io.github.newswire.internal.formats;

import io.github.newswire.internal.Problems;
import io.github.newswire.model.DiagnosticCode;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the dates and times the formats write: ISO 8601 extended ({@code 2016-10-21T16:25:32-05:00},
 * {@code …32.000Z}) and basic ({@code 20131020T192751+1100}, NITF's {@code norm} and NewsML 1.2),
 * offsets with or without a colon, a date alone. The offset written is kept; a time without one
 * is read as UTC and reported ({@code naive-time}).
 */
final class Times {

    private Times() {
    }

    /**
     * Reads a time.
     *
     * @param value    the text, or null
     * @param field    the field it is for, named in messages
     * @param where    the element it came from, for the position of messages
     * @param problems where a naive or invalid time is reported
     * @return the time, or null if the value is blank or invalid
     */
    static OffsetDateTime parse(String value, String field, Element where, Problems problems) {
        return parse(value, field, where.line(), where.column(), where.start(), problems);
    }

    static OffsetDateTime parse(String value, String field, int line, int column, long offset, Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        Cursor cursor = new Cursor(text);
        try {
            int year = cursor.digits(4);
            boolean extended = cursor.skip('-');
            int month = cursor.digits(2);
            if (extended && !cursor.skip('-')) {
                throw cursor.invalid();
            }
            int day = cursor.digits(2);
            int hour = 0;
            int minute = 0;
            int second = 0;
            int nanos = 0;
            boolean hasTime = cursor.skip('T') || cursor.skip(' ');
            if (hasTime) {
                hour = cursor.digits(2);
                boolean colons = cursor.skip(':');
                minute = cursor.digits(2);
                if (colons ? cursor.skip(':') : cursor.peekDigit()) {
                    second = cursor.digits(2);
                }
                if (cursor.skip('.') || cursor.skip(',')) {
                    nanos = cursor.fraction();
                }
            }
            ZoneOffset zone = cursor.zone();
            if (!cursor.atEnd()) {
                throw cursor.invalid();
            }
            if (zone == null) {
                // An impossible date fails here, before it could be called naive.
                java.time.LocalDateTime.of(year, month, day, hour, minute, second, nanos);
                problems.report(DiagnosticCode.NAIVE_TIME, "time without a zone offset [" + text + "] in " + field
                        + ": expected an offset such as Z or +07:00; read as UTC", line, column, offset);
                zone = ZoneOffset.UTC;
            }
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, zone);
        } catch (DateTimeException | IllegalArgumentException e) {
            problems.report(DiagnosticCode.INVALID_VALUE, "invalid time " + Quote.value(text) + " in " + field
                    + ": expected an ISO 8601 date and time such as 2024-11-14T08:30:00+07:00 or 20241114T083000Z",
                    line, column, offset);
            return null;
        }
    }

    /** Reads a time through its characters, once. */
    private static final class Cursor {
        private final String text;
        private int at;

        Cursor(String text) {
            this.text = text;
        }

        int digits(int count) {
            int value = 0;
            for (int i = 0; i < count; i++) {
                if (at >= text.length() || !isDigit(text.charAt(at))) {
                    throw invalid();
                }
                value = value * 10 + (text.charAt(at++) - '0');
            }
            return value;
        }

        int fraction() {
            int nanos = 0;
            int digits = 0;
            while (at < text.length() && isDigit(text.charAt(at))) {
                if (digits < 9) {
                    nanos = nanos * 10 + (text.charAt(at) - '0');
                }
                digits++;
                at++;
            }
            if (digits == 0) {
                throw invalid();
            }
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
            return nanos;
        }

        /** Z, ±HH, ±HHMM or ±HH:MM; null if the text ends without one. */
        ZoneOffset zone() {
            if (atEnd()) {
                return null;
            }
            if (skip('Z') || skip('z')) {
                return ZoneOffset.UTC;
            }
            char sign = text.charAt(at);
            if (sign != '+' && sign != '-' && sign != '\u2212') {
                throw invalid();
            }
            at++;
            int hours = digits(2);
            int minutes = 0;
            if (skip(':') || peekDigit()) {
                minutes = digits(2);
            }
            return ZoneOffset.ofHoursMinutes(sign == '+' ? hours : -hours, sign == '+' ? minutes : -minutes);
        }

        boolean skip(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        boolean peekDigit() {
            return at < text.length() && isDigit(text.charAt(at));
        }

        boolean atEnd() {
            return at >= text.length();
        }

        IllegalArgumentException invalid() {
            return new IllegalArgumentException("invalid time");
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
