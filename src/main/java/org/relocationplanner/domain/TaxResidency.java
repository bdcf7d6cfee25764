package org.relocationplanner.domain;

import java.time.LocalDate;

/**
 * Russian tax residency by the 183-day rule (Tax Code art. 207: at least 183 calendar days in Russia within 12
 * consecutive months; the days of arrival and departure count).
 *
 * @param daysInRussia     days in Russia in the 12 months up to the day checked
 * @param resident         whether that makes the user a tax resident that day
 * @param changesOn        the first day within a year the status changes on the recorded and planned trips; null
 *                         when it does not
 * @param residentAfter    the status from {@code changesOn} (the same as {@code resident} when it does not change)
 */
public record TaxResidency(int daysInRussia, boolean resident, LocalDate changesOn, boolean residentAfter) {

    public static final int DAYS = 183;
}
