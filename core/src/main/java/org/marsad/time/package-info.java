/**
 * Time stage: finds Arabic and English time expressions and resolves them against the report's
 * publication date ({@link org.marsad.time.TimeResolver}).
 *
 * <p>Words are data ({@code marsad/time/months.tsv, weekdays.tsv, numbers.tsv, ordinals.tsv,
 * words.tsv}, folded with {@code ArabicNormalizer.fold} at load time); the grammar is in {@code
 * TimeParser} and the calendar rules in {@code Dates}. Decisions:
 *
 * <ul>
 *   <li>Precision: 1 day, 2 week, 3 month or coarser (a year is 3). Kind is "since" after منذ /
 *       since, else "on".
 *   <li>Bare weekday ("الجمعة", "on Friday"): the latest such day on or before publication;
 *       with الماضي / last strictly before; with المقبل / next strictly after.
 *   <li>"اليوم الاثنين", "أمس الأحد": when the weekday disagrees with the publication date (a
 *       paper printing yesterday's story) the weekday closest to the relative day wins.
 *   <li>"الأسبوع الماضي" / "last week" / "قبل أسبوع": publication minus 7 days, precision 2 (no
 *       better day of that week is known). "الشهر الماضي": YYYY-MM; "العام الماضي": YYYY.
 *   <li>Missing year: the latest such date (or month) not more than 7 days after publication, so
 *       a planned event a few days ahead keeps the publication year; with الماضي strictly before,
 *       with المقبل strictly after.
 *   <li>No publication date: every relative or yearless expression has value null; full dates,
 *       month-year and years still resolve.
 *   <li>Vague quantities ("منذ أيام", "قبل عدة أسابيع", "a few days ago") are returned with value
 *       null (precision 2 for days, 3 otherwise) so that callers see that the text dates the event
 *       vaguely, without a guessed date.
 *   <li>An approximate count of months or years ("منذ أكثر من عام", "منذ نحو ثلاثة أشهر") names no
 *       month or year: value null, precision 3. Approximate days and weeks keep their day.
 *   <li>"ظهر اليوم (أمس)", "صباح الاثنين (أمس)": the bracketed relative day is the paper's correction
 *       of the quoted one and dates the mention.
 *   <li>The month "آب" (folded "اب", also the town إب and the tail of "باب") needs a day, a year,
 *       a cue, "شهر" or a paired name: a preposition alone does not license it.
 *   <li>"منذ ذلك الوقت" / "since then": the value of the previous mention when it is in the same
 *       sentence (no . ! ? ; or line break between), with both spans as evidence; else null.
 *       "من العام ذاته" takes the year of the latest mention that has one.
 *   <li>A month name alone ("حرب أكتوبر", "may", "مارس" the verb) is not a date: it needs a day,
 *       a year, a paired name, a cue, "شهر", a part word (مطلع) or a preposition (في، خلال، in).
 *       A bare four-digit year needs a preposition or منذ and lies in 1900-2100.
 *   <li>Numeric dates are day first (21/9/2020) unless the middle number exceeds 12; two-digit
 *       years and day/month without year are not read.
 *   <li>Skipped: Hijri dates (a year marked هـ is dropped, Hijri month names are not listed),
 *       decades ("الثمانينات", "the 1990s"), hours ("قبل ساعات"), clock times, and "يوم/اليوم"
 *       meaning "the day" in narrative ("اليوم التالي" is blocked, others may pass).
 * </ul>
 */
package org.marsad.time;
