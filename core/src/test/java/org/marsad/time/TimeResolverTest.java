package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.NormalizedText;
import org.marsad.model.EventDate;
import org.marsad.model.Span;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One nested group per family of expressions. Sentences are written for these tests. Unless a
 * test says otherwise the report is published on Wednesday 2021-03-10.
 */
class TimeResolverTest {
  private static final TimeResolver R = TimeResolver.loadDefault();
  private static final String WED = "2021-03-10";

  static List<TimeMention> find(String raw, String published) {
    NormalizedText t = ArabicNormalizer.normalize(raw);
    return R.find(t, published == null ? null : LocalDate.parse(published));
  }

  /** The raw text of each evidence span of a mention, in order. */
  static List<String> evidence(String raw, TimeMention m) {
    return m.date().evidence().stream().map(s -> s.of(raw)).toList();
  }

  /** Asserts the sentence has exactly one mention, with this value, kind, precision and evidence. */
  static TimeMention one(String raw, String published, String value, String kind, int precision, String evidence) {
    List<TimeMention> ms = find(raw, published);
    assertThat(ms).as("mentions in %s", raw).hasSize(1);
    return check(raw, ms.get(0), value, kind, precision, evidence);
  }

  static TimeMention check(String raw, TimeMention m, String value, String kind, int precision, String evidence) {
    EventDate d = m.date();
    assertThat(d.value()).as("value in %s", raw).isEqualTo(value);
    assertThat(d.kind()).as("kind in %s", raw).isEqualTo(kind);
    assertThat(d.timePrecision()).as("precision in %s", raw).isEqualTo(precision);
    assertThat(evidence(raw, m).get(0)).as("evidence in %s", raw).isEqualTo(evidence);
    return m;
  }

  static void on(String raw, String published, String value, int precision, String evidence) {
    one(raw, published, value, EventDate.ON, precision, evidence);
  }

  static void since(String raw, String published, String value, int precision, String evidence) {
    one(raw, published, value, EventDate.SINCE, precision, evidence);
  }

  @Nested
  class RelativeDays {
    @Test
    void todayYesterdayTomorrow() {
      on("قصفت الطائرات أطراف القرية اليوم بعد الظهر", WED, "2021-03-10", 1, "اليوم");
      on("اعتقلت الدورية ثلاثة شبان أمس عند المدخل", WED, "2021-03-09", 1, "أمس");
      on("وصل وفد الوساطة إلى البلدة أول أمس", WED, "2021-03-08", 1, "أول أمس");
      on("ويلتقي الوجهاء بالضابط المسؤول غداً", WED, "2021-03-11", 1, "غداً");
    }

    @Test
    void withWeekdayAndPartOfDay() {
      on("داهمت دورية الحي أمس الثلاثاء واعتقلت شابا", WED, "2021-03-09", 1, "أمس الثلاثاء");
      on("أعلن المجلس المحلي، اليوم الأربعاء، إغلاق المدارس", WED, "2021-03-10", 1, "اليوم الأربعاء");
      on("اندلعت اشتباكات عنيفة مساء اليوم قرب الجسر", WED, "2021-03-10", 1, "مساء اليوم");
      on("انسحبت الآليات من الساحة صباح أمس", WED, "2021-03-09", 1, "صباح أمس");
    }

    @Test
    void weekdayWinsWhenItDisagreesWithPublication() {
      // A paper dated Thursday prints a story written on Wednesday as "today, Wednesday".
      on("قال المتحدث اليوم الأربعاء إن الطريق مغلق", "2021-03-11", "2021-03-10", 1, "اليوم الأربعاء");
    }

    @Test
    void clitics() {
      on("بالأمس أغلقت الحواجز كل الطرق", WED, "2021-03-09", 1, "الأمس");
      on("وأمس منعت القوات دخول الخبز", WED, "2021-03-09", 1, "أمس");
      on("فاليوم لا يدخل أحد", WED, "2021-03-10", 1, "اليوم");
    }

    @Test
    void currentlyIsThePublicationDay() {
      on("تدور المواجهات حاليا عند أطراف البلدة", WED, "2021-03-10", 1, "حاليا");
      on("The town is currently cut off from the north.", WED, "2021-03-10", 1, "currently");
    }

    @Test
    void twoDaysKeepTheEarlier() {
      on("تقدمت القوات إلى التلال يومي أمس وأمس الأول", WED, "2021-03-08", 1, "يومي أمس وأمس الأول");
      on("أغلقت الحواجز يومي الاثنين والثلاثاء الماضيين", WED, "2021-03-08", 1, "يومي الاثنين والثلاثاء");
    }

    @Test
    void aNightOfTwoWeekdays() {
      // Published on a Wednesday: the Tuesday-to-Wednesday night just passed.
      on("قصفت الطائرات البلدة ليل الثلاثاء - الأربعاء", WED, "2021-03-09", 1, "ليل الثلاثاء - الأربعاء");
      on("وقعت الغارات بعد منتصف ليل الثلاثاء - الأربعاء على القرى", WED, "2021-03-10", 1,
          "بعد منتصف ليل الثلاثاء - الأربعاء");
      on("انفجرت العبوة ليلة الاثنين/ الثلاثاء قرب الجسر", WED, "2021-03-08", 1, "ليلة الاثنين/ الثلاثاء");
      // Days that do not follow each other are two mentions.
      assertThat(find("وصلت القافلة ليل الاثنين - الجمعة", WED)).hasSize(2);
    }

    @Test
    void afterMidnightOfOneNightIsTheNextDay() {
      on("تهدم الجسر جراء غارات بعد منتصف ليل أمس", WED, "2021-03-10", 1, "بعد منتصف ليل أمس");
      on("تهدم الجسر جراء غارات بعد منتصف ليل أول من أمس", WED, "2021-03-09", 1, "بعد منتصف ليل أول من أمس");
      on("تهدم الجسر جراء غارات ليل أمس", WED, "2021-03-09", 1, "ليل أمس");
    }

    @Test
    void theNthDayOfAStateCountsBackFromPublication() {
      since("تعيش البلدة تحت الحصار لليوم الثالث عشر على التوالي", WED, "2021-02-26", 1, "لليوم الثالث عشر");
      since("دخل الإضراب اليوم العاشر", WED, "2021-03-01", 1, "اليوم العاشر");
    }

    @Test
    void aBracketedRelativeDayCorrectsTheQuotedOne() {
      // issue 9: a paper quoting a wire or a speaker the day after writes its own day in brackets
      on("وقال المصدر إن المسلحين هاجموا الحاجز صباح اليوم (أمس) من محورين", WED, "2021-03-09", 1, "صباح اليوم (أمس"); // spans end at a word, as "(حزيران" does
      on("شهدت البلدة مساء الثلاثاء (أمس) قصفا عنيفا", WED, "2021-03-09", 1, "مساء الثلاثاء (أمس");
    }

    @Test
    void theDayThatIsNotToday() {
      assertThat(find("وفي اليوم التالي عاد الأهالي إلى منازلهم", WED)).isEmpty();
      assertThat(find("احتفلت المدينة باليوم الوطني", WED)).isEmpty();
    }

    @Test
    void english() {
      on("The army shelled the town today.", WED, "2021-03-10", 1, "today");
      on("Troops closed the road yesterday morning.", WED, "2021-03-09", 1, "yesterday morning");
      on("Talks resume tomorrow in the capital.", WED, "2021-03-11", 1, "tomorrow");
      on("Residents fled the day before yesterday.", WED, "2021-03-08", 1, "day before yesterday");
      on("Gunfire was heard last night near the camp.", WED, "2021-03-09", 1, "last night");
    }
  }

  @Nested
  class Weekdays {
    @Test
    void pastAndNext() {
      on("طوقت القوات القرية يوم الجمعة الماضي", WED, "2021-03-05", 1, "يوم الجمعة الماضي");
      on("خرجت مظاهرة حاشدة الجمعة الماضية في الساحة", WED, "2021-03-05", 1, "الجمعة الماضية");
      on("تنتهي المهلة الخميس المقبل", WED, "2021-03-11", 1, "الخميس المقبل");
      // "last Wednesday" said on a Wednesday is a week ago, not today.
      on("جرى الاتفاق الأربعاء الماضي", WED, "2021-03-03", 1, "الأربعاء الماضي");
    }

    @Test
    void bareWeekdayIsTheLatestOnOrBeforePublication() {
      on("أغلقت المحال أبوابها يوم الجمعة", WED, "2021-03-05", 1, "يوم الجمعة");
      on("أغلقت المحال أبوابها السبت", WED, "2021-03-06", 1, "السبت");
      on("قال الأهالي الأربعاء إن الخبز نفد", WED, "2021-03-10", 1, "الأربعاء");
    }

    @Test
    void elevenIsNotSunday() {
      assertThat(find("استمر الحصار الأحد عشر يوما", WED)).isEmpty();
    }

    @Test
    void cliticsOnWeekdays() {
      String s = "خرجت مظاهرات الخميس والجمعة في البلدة";
      List<TimeMention> ms = find(s, WED);
      assertThat(ms).hasSize(2);
      check(s, ms.get(0), "2021-03-04", EventDate.ON, 1, "الخميس");
      check(s, ms.get(1), "2021-03-05", EventDate.ON, 1, "الجمعة");
    }

    @Test
    void english() {
      on("Militias stormed the village last Friday.", WED, "2021-03-05", 1, "last Friday");
      on("The council meets next Monday.", WED, "2021-03-15", 1, "next Monday");
      on("Shops closed on Friday after the raid.", WED, "2021-03-05", 1, "Friday");
      on("Shops closed on Wednesday after the raid.", WED, "2021-03-10", 1, "Wednesday");
      on("Protesters gathered on Sunday night.", WED, "2021-03-07", 1, "Sunday night");
    }

    @Test
    void weekdayFollowedByFullDate() {
      on("The siege began on Monday, 21 September 2020.", WED, "2020-09-21", 1, "Monday, 21 September 2020");
      on("بدأ الحصار يوم الاثنين 21 أيلول 2020", WED, "2020-09-21", 1, "يوم الاثنين 21 أيلول 2020");
    }
  }

  @Nested
  class Since {
    @Test
    void sinceAWeekdayOrDate() {
      since("ومنذ يوم الجمعة الماضي تمنع القوات دخول الأدوية", WED, "2021-03-05", 1, "منذ يوم الجمعة الماضي");
      since("لم يدخل الطحين منذ الجمعة", WED, "2021-03-05", 1, "منذ الجمعة");
      since("الطريق مقطوع منذ 28 فبراير", WED, "2021-02-28", 1, "منذ 28 فبراير");
      since("تسيطر الفصائل على المدينة منذ عام 2012", WED, "2012", 3, "منذ عام 2012");
      since("تحاصر القوات الحي منذ أمس", WED, "2021-03-09", 1, "منذ أمس");
    }

    @Test
    void sinceAQuantity() {
      since("المياه مقطوعة منذ ثلاثة أيام", WED, "2021-03-07", 1, "منذ ثلاثة أيام");
      since("البلدة محاصرة منذ أسبوعين", WED, "2021-02-24", 2, "منذ أسبوعين");
      since("يعيش النازحون في الخيام منذ عامين", WED, "2019", 3, "منذ عامين");
    }

    @Test
    void anApproximateCountOfMonthsOrYearsNamesNoDate() {
      // issue 9: "more than a year" is a bound, not a year; a few days' slack still dates by the day
      since("تخضع القرية منذ أكثر من عام لسيطرة المسلحين", WED, null, 3, "منذ أكثر من عام");
      since("المطار محاصر منذ نحو ثلاثة أشهر", WED, null, 3, "منذ نحو ثلاثة أشهر");
      since("الطريق مقطوع منذ نحو أسبوعين", WED, "2021-02-24", 2, "منذ نحو أسبوعين");
    }

    @Test
    void vagueSinceIsKeptUnresolved() {
      since("الكهرباء مقطوعة منذ أيام", WED, null, 2, "منذ أيام");
      since("يعاني السكان منذ سنوات", WED, null, 3, "منذ سنوات");
    }

    @Test
    void sinceThenTakesThePreviousMentionOfTheSentence() {
      String s = "طوقت القوات البلدة يوم الخميس الماضي، ومنعت منذ ذلك الحين دخول الطحين";
      List<TimeMention> ms = find(s, WED);
      assertThat(ms).hasSize(2);
      check(s, ms.get(0), "2021-03-04", EventDate.ON, 1, "يوم الخميس الماضي");
      check(s, ms.get(1), "2021-03-04", EventDate.SINCE, 1, "منذ ذلك الحين");
      assertThat(evidence(s, ms.get(1))).containsExactly("منذ ذلك الحين", "يوم الخميس الماضي");
    }

    @Test
    void sinceThenDoesNotReachIntoThePreviousSentence() {
      String s = "وصلت التعزيزات يوم الخميس. ومنذ ذلك الوقت لم يدخل الطعام";
      List<TimeMention> ms = find(s, WED);
      assertThat(ms).hasSize(2);
      check(s, ms.get(1), null, EventDate.SINCE, 3, "منذ ذلك الوقت");
      assertThat(ms.get(1).date().evidence()).hasSize(1);
    }

    @Test
    void english() {
      since("Roads have been closed since last Friday.", WED, "2021-03-05", 1, "since last Friday");
      since("The rebels have held the town since 2012.", WED, "2012", 3, "since 2012");
      String s = "Troops sealed the camp on Tuesday and have blocked food since then.";
      List<TimeMention> ms = find(s, WED);
      assertThat(ms).hasSize(2);
      check(s, ms.get(1), "2021-03-09", EventDate.SINCE, 1, "since then");
    }
  }

  @Nested
  class Quantities {
    @Test
    void arabicAgo() {
      on("قتل مدنيان في قصف قبل يومين", WED, "2021-03-08", 1, "قبل يومين");
      on("اعتقل الشاب قبل ثلاثة أيام", WED, "2021-03-07", 1, "قبل ثلاثة أيام");
      on("اعتقل الشاب قبل 5 أيام", WED, "2021-03-05", 1, "قبل 5 أيام");
      on("أغلق المعبر قبل عشرة أيام", WED, "2021-02-28", 1, "قبل عشرة أيام");
      on("فرض الحصار قبل أسبوع", WED, "2021-03-03", 2, "قبل أسبوع");
      on("فرض الحصار قبل أسبوعين", WED, "2021-02-24", 2, "قبل أسبوعين");
      on("وقعت التسوية قبل شهرين", WED, "2021-01", 3, "قبل شهرين");
      on("وقعت التسوية قبل عامين", WED, "2019", 3, "قبل عامين");
    }

    @Test
    void beforeAnotherEventIsNotAgo() {
      assertThat(find("أغلقت الطرق قبل يومين من الانتخابات", WED)).isEmpty();
      // "before Friday" names Friday, not "a day ago".
      on("يجب تسليم السلاح قبل يوم الجمعة", WED, "2021-03-05", 1, "يوم الجمعة");
    }

    @Test
    void vagueAgo() {
      on("قتل شاب قبل أيام برصاص قناص", WED, null, 2, "قبل أيام");
    }

    @Test
    void englishAgo() {
      on("Two children were killed two days ago.", WED, "2021-03-08", 1, "two days ago");
      on("The checkpoint was set up a week ago.", WED, "2021-03-03", 2, "a week ago");
      on("The deal was signed 3 months ago.", WED, "2020-12", 3, "3 months ago");
      on("The shelling started a few days ago.", WED, null, 2, "a few days ago");
    }
  }

  @Nested
  class Periods {
    @Test
    void arabic() {
      on("تصاعد القصف الأسبوع الماضي", WED, "2021-03-03", 2, "الأسبوع الماضي");
      on("نفد الوقود الشهر الماضي", WED, "2021-02", 3, "الشهر الماضي");
      on("تنتهي المهلة الشهر المقبل", WED, "2021-04", 3, "الشهر المقبل");
      on("وقعت المصالحة العام الماضي", WED, "2020", 3, "العام الماضي");
      on("وقعت المصالحة السنة الماضية", WED, "2020", 3, "السنة الماضية");
      on("ارتفعت الأسعار هذا العام", WED, "2021", 3, "هذا العام");
      on("ارتفعت الأسعار مطلع الشهر الجاري", WED, "2021-03", 3, "مطلع الشهر الجاري");
      // After a part word the period without a cue is the current one.
      since("تضاعف سعر الخبز منذ بداية العام", WED, "2021", 3, "منذ بداية العام");
    }

    @Test
    void dayOfARelativeMonth() {
      on("انتهت المهلة يوم 5 من الشهر الجاري", WED, "2021-03-05", 1, "يوم 5 من الشهر الجاري");
      on("اجتمع الوفد في العاشر من الشهر الماضي", WED, "2021-02-10", 1, "العاشر من الشهر الماضي");
    }

    @Test
    void english() {
      on("Clashes intensified last week.", WED, "2021-03-03", 2, "last week");
      on("Fuel ran out last month.", WED, "2021-02", 3, "last month");
      on("Elections are due next year.", WED, "2022", 3, "next year");
    }
  }

  @Nested
  class AbsoluteDates {
    @Test
    void dayMonthYearWithPairedNames() {
      on("وفي 25 كانون الثاني/يناير 1952 اقتحمت القوات المبنى", WED, "1952-01-25", 1, "25 كانون الثاني/يناير 1952");
      on("بدأت الحرب في 5 حزيران (يونيو) 1967", WED, "1967-06-05", 1, "5 حزيران (يونيو) 1967");
      on("دخلت القوات المدينة في 21 أيلول 2020", WED, "2020-09-21", 1, "21 أيلول 2020");
      on("نشرت الرسالة في الثالث من آذار 2019", WED, "2019-03-03", 1, "الثالث من آذار 2019");
      on("جرى الهجوم في 14 أغسطس من عام 2013", WED, "2013-08-14", 1, "14 أغسطس من عام 2013");
    }

    @Test
    void missingYearIsTheLatestNotAfterPublication() {
      on("أغلق المعبر في 20 مارس", WED, "2020-03-20", 1, "20 مارس");
      // Up to a week ahead stays in the publication year: a planned event.
      on("تعقد الجلسة في 12 مارس", WED, "2021-03-12", 1, "12 مارس");
      on("انتهت الهدنة في 28 فبراير الماضي", WED, "2021-02-28", 1, "28 فبراير الماضي");
    }

    @Test
    void monthWithoutDay() {
      on("قطعت المياه في يوليو الماضي", WED, "2020-07", 3, "يوليو الماضي");
      on("حكم عليه بالسجن مطلع يونيو (حزيران) الماضي", "2021-08-01", "2021-06", 3, "مطلع يونيو (حزيران) الماضي");
      on("سقطت الطائرة في منتصف يناير", WED, "2021-01", 3, "منتصف يناير");
      on("بدأ النزوح أواخر أغسطس", WED, "2020-08", 3, "أواخر أغسطس");
      on("جرى ذلك في شهر تموز", WED, "2020-07", 3, "شهر تموز");
      on("ارتفعت الأسعار خلال فبراير الحالي", "2021-02-20", "2021-02", 3, "فبراير الحالي");
    }

    @Test
    void aSeasonOfAYearIsTheYear() {
      on("وسيطر التنظيم على المحافظة في صيف 2014", WED, "2014", 3, "صيف 2014");
      on("The group took the province in the summer of 2014.", WED, "2014", 3, "summer of 2014");
      on("سيطر التنظيم على المحافظة في صيف عام 2014", WED, "2014", 3, "صيف عام 2014");
      // the Arab Spring names no time
      assertThat(find("منذ اندلاع الربيع العربي في المنطقة", WED)).isEmpty();
    }

    @Test
    void aPairedMonthThenARelativeYear() {
      // issue 9: the year a cue names after a day and month, past the paired name's bracket
      on("وفي 7 آذار (مارس) العام الماضي دخل المسلحون البلدة", WED, "2020-03-07", 1, "7 آذار (مارس) العام الماضي");
      on("قصفت الطائرات المدينة في أيار العام الماضي", WED, "2020-05", 3, "أيار العام الماضي");
    }

    @Test
    void aTwoLetterMonthNeedsMoreThanAPreposition() {
      // issue 9: "آب" folds to "اب", also the town "إب" and the end of "باب" after ب
      assertThat(find("تدور اشتباكات في مديرية يريم في اب", WED)).isEmpty();
      assertThat(find("انفجرت عبوة ناسفة في باب السوق", WED)).isEmpty();
      on("وصلت القافلة في 12 آب", WED, "2020-08-12", 1, "12 آب");
      on("أغلق المعبر في آب الماضي", WED, "2020-08", 3, "آب الماضي");
    }

    @Test
    void bareMonthNameIsNotADate() {
      assertThat(find("احتفل الأهالي بذكرى حرب أكتوبر", WED)).isEmpty();
      assertThat(find("الذي مارس الضغط على السكان", WED)).isEmpty();
      assertThat(find("The talks may resume soon.", WED)).isEmpty();
    }

    @Test
    void years() {
      on("وقعت التسوية عام 2018", WED, "2018", 3, "عام 2018");
      on("احتلت المدينة في 2003", WED, "2003", 3, "2003");
      on("نشبت الحرب عام 1979م", WED, "1979", 3, "عام 1979م");
      on("بحسب اتفاق لعام 2018", WED, "2018", 3, "عام 2018");
      on("The town fell in 2003.", WED, "2003", 3, "2003");
      assertThat(find("قتل 2000 شخص في المعارك", WED)).isEmpty();
      assertThat(find("تأسست المدرسة عام 1436هـ", WED)).as("Hijri years are skipped").isEmpty();
    }

    @Test
    void english() {
      on("The siege began on 21 September 2020.", WED, "2020-09-21", 1, "21 September 2020");
      on("The siege began on September 21, 2020.", WED, "2020-09-21", 1, "September 21, 2020");
      on("The siege began on Sept. 21 with a raid.", "2020-09-29", "2020-09-21", 1, "Sept. 21");
      on("It was signed on the 3rd of March 2019.", WED, "2019-03-03", 1, "3rd of March 2019");
      on("Aid stopped in May 2019.", WED, "2019-05", 3, "May 2019");
      on("Aid stopped in mid-January.", WED, "2021-01", 3, "mid-January");
    }

    @Test
    void numericDates() {
      on("صدر القرار بتاريخ 21/9/2020 عن المحافظة", WED, "2020-09-21", 1, "21/9/2020");
      on("Issued 2020-09-21 by the governor.", WED, "2020-09-21", 1, "2020-09-21");
      on("Issued 9/21/2020 by the governor.", WED, "2020-09-21", 1, "9/21/2020");
      assertThat(find("صدر القرار بتاريخ 31/2/2020", WED)).isEmpty();
    }

    @Test
    void dayRangeKeepsItsFirstDay() {
      on("دارت المعارك يومي 24 و25 أكتوبر 1973", WED, "1973-10-24", 1, "يومي 24 و25 أكتوبر 1973");
    }

    @Test
    void yearlessDateTakesTheYearOfItsSentence() {
      String s = "عام 2001 وقعت الهجمات على البرجين (11 سبتمبر) وتغير العالم";
      List<TimeMention> ms = find(s, WED);
      assertThat(ms).hasSize(2);
      check(s, ms.get(1), "2001-09-11", EventDate.ON, 1, "11 سبتمبر");
      String t = "اندلعت الحرب في حزيران 1967 على الجبهة، وبالتحديد يومي 5 و6 حزيران";
      ms = find(t, WED);
      assertThat(ms).hasSize(2);
      check(t, ms.get(1), "1967-06-05", EventDate.ON, 1, "يومي 5 و6 حزيران");
      // Another sentence's year does not carry over.
      String u = "بدأت الحرب عام 1973. وأغلق المعبر في 20 مارس";
      ms = find(u, WED);
      assertThat(ms).hasSize(2);
      check(u, ms.get(1), "2020-03-20", EventDate.ON, 1, "20 مارس");
    }

    @Test
    void aMonthNameMissingALetterAfterADayNumber() {
      on("صدر البيان في 11 سبتمر 2019 عن القيادة", WED, "2019-09-11", 1, "11 سبتمر 2019");
      on("بدأ الحصار في 3 ديسبر 2016", WED, "2016-12-03", 1, "3 ديسبر 2016");
      // Without a day number before it, a slip is not read as a month.
      assertThat(find("قال سبتمر إن الطريق مغلق", WED)).isEmpty();
    }

    @Test
    void sameYearTakesTheYearMentionedLast() {
      String s = "بدأ الهجوم في 29 أكتوبر 1956. وانسحبت القوات في 23 ديسمبر من العام ذاته";
      List<TimeMention> ms = find(s, WED);
      assertThat(ms).hasSize(2);
      check(s, ms.get(1), "1956-12-23", EventDate.ON, 1, "23 ديسمبر من العام ذاته");
    }
  }

  @Nested
  class WithoutPublicationDate {
    @Test
    void relativeAndYearlessStayNull() {
      for (String s : List.of("أمس", "اليوم الثلاثاء", "يوم الجمعة الماضي", "قبل يومين", "الشهر الماضي",
          "في يوليو الماضي", "في 25 مايو", "last Friday", "two days ago", "since yesterday")) {
        List<TimeMention> ms = find(s, null);
        assertThat(ms).as(s).hasSize(1);
        assertThat(ms.get(0).date().value()).as(s).isNull();
        assertThat(ms.get(0).date().evidence()).as(s).isNotEmpty();
      }
    }

    @Test
    void explicitDatesStillResolve() {
      on("في 25 مايو 2015", null, "2015-05-25", 1, "25 مايو 2015");
      on("عام 2018", null, "2018", 3, "عام 2018");
      since("منذ يونيو 2014", null, "2014-06", 3, "منذ يونيو 2014");
      on("21/9/2020", null, "2020-09-21", 1, "21/9/2020");
    }
  }

  @Nested
  class OffsetsAndOrder {
    @Test
    void offsetsAreIntoTheNormalisedTextAndEvidenceIntoTheRaw() {
      String raw = "وقالَ المصدرُ إنّ القوّات انسحبت أمسِ الإثنين";
      NormalizedText t = ArabicNormalizer.normalize(raw);
      List<TimeMention> ms = R.find(t, LocalDate.parse(WED));
      assertThat(ms).hasSize(1);
      TimeMention m = ms.get(0);
      assertThat(t.text().substring(m.start(), m.end())).isEqualTo("امس الاثنين");
      assertThat(m.date().evidence().get(0).of(raw)).isEqualTo("أمسِ الإثنين");
      assertThat(m.date().value()).isEqualTo("2021-03-08");
    }

    @Test
    void longestMatchWinsAndMentionsDoNotOverlap() {
      String s = "قالت المصادر اليوم إن البلدة محاصرة منذ يوم الجمعة الماضي، وإن الأهالي تظاهروا في 3 آذار 2021 وقبل يومين";
      List<TimeMention> ms = find(s, WED);
      assertThat(ms).extracting(m -> evidence(s, m).get(0))
          .containsExactly("اليوم", "منذ يوم الجمعة الماضي", "3 آذار 2021", "قبل يومين");
      for (int k = 1; k < ms.size(); k++) {
        assertThat(ms.get(k).start()).isGreaterThanOrEqualTo(ms.get(k - 1).end());
      }
    }

    @Test
    void sharedTokensGiveTheSameResult() {
      String s = "طوقت القوات القرية يوم الجمعة الماضي";
      NormalizedText t = ArabicNormalizer.normalize(s);
      assertThat(R.find(t, org.marsad.clean.Tokenizer.tokenize(t.text()), LocalDate.parse(WED)))
          .isEqualTo(R.find(t, LocalDate.parse(WED)));
    }

    @Test
    void randomTextNeverThrowsAndKeepsInvariants() {
      String alphabet = "منذ اليوم أمس قبل يومين الجمعة الماضي 2018 25 / - ( ) ، . عام شهر يناير آب last may 3 days ago since then of";
      String[] words = alphabet.split(" ");
      Random rnd = new Random(20210310L);
      for (int round = 0; round < 2000; round++) {
        StringBuilder sb = new StringBuilder();
        int len = rnd.nextInt(25);
        for (int w = 0; w < len; w++) {
          sb.append(words[rnd.nextInt(words.length)]);
          sb.append(rnd.nextInt(5) == 0 ? "" : " ");
        }
        String raw = sb.toString();
        List<TimeMention> ms = find(raw, rnd.nextBoolean() ? WED : null);
        int last = 0;
        for (TimeMention m : ms) {
          assertThat(m.start()).as(raw).isGreaterThanOrEqualTo(last).isLessThan(m.end());
          last = m.end();
          for (Span sp : m.date().evidence()) {
            assertThat(sp.end()).as(raw).isLessThanOrEqualTo(raw.length());
          }
          assertThat(m.date().timePrecision()).isBetween(1, 3);
        }
      }
    }
  }

  @Nested
  class EnglishReportForms {
    @Test
    void aMonthOfLastYear() {
      on("In August last year a car bomb killed 27 people.", WED, "2020-08", 3, "August last year");
      on("The talks resumed in May this year.", WED, "2021-05", 3, "May this year");
    }

    @Test
    void aMonthOfLastYearWithoutPublicationDateIsUnresolved() {
      List<TimeMention> ms = find("In August last year a car bomb killed 27 people.", null);
      assertThat(ms).hasSize(1);
      assertThat(ms.get(0).date().value()).isNull();
    }

    @Test
    void aWeekdayPossessiveWithoutApostrophe() {
      on("Thursdays air strikes hit Douma.", WED, "2021-03-04", 1, "Thursdays");
    }
  }
}
