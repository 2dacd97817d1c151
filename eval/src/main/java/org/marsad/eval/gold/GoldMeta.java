package org.marsad.eval.gold;

import java.time.LocalDate;

/**
 * The gold file's {@code document} block. {@code published} and {@code outlet} may be null; the
 * other fields are descriptive ({@code note} explains annotation choices).
 */
public record GoldMeta(
    String file,
    String language,
    LocalDate published,
    String outlet,
    String outletEn,
    String title,
    String url,
    String note) {}
