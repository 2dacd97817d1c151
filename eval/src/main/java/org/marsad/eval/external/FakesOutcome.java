package org.marsad.eval.external;

import java.time.LocalDate;

/**
 * What Marsad said about one labelled article. {@code place}/{@code governorate} are null without a
 * prediction; {@code day}/{@code month} null without a day-precise / month-precise event date;
 * {@code abroad}: the place attached to most events is outside Syria (not counted as a prediction).
 */
public record FakesOutcome(
    String id,
    String label,
    LocalDate labelDate,
    FakesAgreement.PlacePrediction place,
    String governorate,
    boolean placeAgrees,
    LocalDate day,
    boolean dayAgrees,
    String month,
    boolean monthAgrees,
    int events,
    boolean abroad) {}
