// Interface strings in Arabic and English. Report text is never translated or passed through here.

const STRINGS = {
  ar: {
    'app.title': 'مرصد',
    'app.attribution': 'الحدود: مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، 2016، CC BY-IGO',
    'app.offline': 'يعمل دون اتصال: لا خوادم خرائط ولا مصادر خارجية.',
    'nav.skip': 'تخطَّ إلى المحتوى', 'nav.map': 'الخريطة', 'nav.events': 'الأحداث', 'nav.alerts': 'تنبيهات',
    'lang.other': 'English',
    'map.asOf': 'الوضع في تاريخ', 'map.legend': 'مفتاح الخريطة', 'map.communities': 'التجمعات السكانية',
    'map.none': 'لا تجمعات فوق مستوى «لا قيود» في هذا التاريخ.', 'map.label': 'خريطة سوريا والتجمعات حسب مستوى الحصار',
    'map.prevDay': 'اليوم السابق', 'map.nextDay': 'اليوم التالي', 'map.today': 'اليوم',
    'level.NONE': 'لا قيود', 'level.WATCH': 'مراقبة', 'level.PARTIAL_SIEGE': 'حصار جزئي',
    'level.FULL_SIEGE': 'حصار كامل', 'level.LIFTED': 'رُفع الحصار',
    'community.timeline': 'الخط الزمني', 'community.indicators': 'المؤشرات', 'community.since': 'منذ',
    'community.from': 'من', 'community.to': 'إلى', 'community.ongoing': 'مستمر',
    'community.sources': 'المصادر', 'community.disagreements': 'خلافات بين المصادر', 'community.events': 'الأحداث في هذا المكان',
    'community.besiegedBy': 'المحاصِرون', 'community.besieged': 'الطرف المحاصَر',
    'community.daysBesieged': 'أيام الحصار', 'community.independent': 'مصادر مستقلة', 'community.level': 'المستوى',
    'ind.movement': 'الحركة', 'ind.food': 'الغذاء', 'ind.medicine': 'الدواء', 'ind.fuel': 'الوقود', 'ind.aid': 'المساعدات',
    'ind.attacks_7d': 'هجمات في 7 أيام',
    'val.open': 'مفتوحة', 'val.restricted': 'مقيّدة', 'val.closed': 'مغلقة', 'val.allowed': 'مسموح',
    'val.blocked': 'ممنوع', 'val.unknown': 'غير معروف',
    'events.title': 'الأحداث', 'events.filter': 'تصفية', 'events.type': 'النوع', 'events.place': 'المكان',
    'events.from': 'من تاريخ', 'events.to': 'إلى تاريخ', 'events.review': 'حالة المراجعة', 'events.q': 'بحث في النص',
    'events.any': 'الكل', 'events.apply': 'تطبيق', 'events.next': 'التالي', 'events.prev': 'السابق',
    'events.empty': 'لا أحداث تطابق التصفية.', 'events.date': 'التاريخ', 'events.open': 'فتح',
    'event.title': 'حدث', 'event.report': 'نص التقرير', 'event.fields': 'الحقول المستخرجة', 'event.audit': 'سجل المراجعة',
    'event.noAudit': 'لا مراجعات بعد.', 'event.verify': 'تأكيد', 'event.reject': 'رفض', 'event.correct': 'تصحيح حقل',
    'event.field': 'الحقل', 'event.value': 'القيمة الجديدة', 'event.comment': 'تعليق', 'event.save': 'حفظ التصحيح',
    'event.signinFirst': 'سجّل الدخول بمفتاح مراجِع لمراجعة هذا الحدث.', 'event.evidence': 'الدليل',
    'event.who': 'من', 'event.when': 'متى', 'event.before': 'قبل', 'event.after': 'بعد',
    'field.type': 'النوع', 'field.date': 'التاريخ', 'field.place': 'المكان', 'field.actor1': 'الفاعل',
    'field.actor2': 'المفعول به', 'field.modality': 'الصيغة', 'field.source': 'المصدر', 'field.review': 'المراجعة',
    'field.outlet': 'الناشر', 'field.published': 'تاريخ النشر', 'field.phase': 'المرحلة', 'field.historical': 'خلفية',
    'phase.imposed': 'فرض الحصار', 'phase.tightened': 'تشديد الحصار', 'phase.continued': 'استمرار الحصار',
    'phase.eased': 'تخفيف الحصار', 'phase.lifted': 'رفع الحصار',
    'modality.asserted': 'وقع', 'modality.threatened': 'تهديد به', 'modality.feared': 'مخشيّ وقوعه',
    'modality.demanded': 'مطالبة به', 'modality.denied': 'منفيّ', 'modality.planned': 'مخطط له',
    'bool.true': 'نعم', 'bool.false': 'لا',
    'review.pending': 'بانتظار المراجعة', 'review.verified': 'مؤكَّد', 'review.rejected': 'مرفوض', 'review.corrected': 'مصحَّح',
    'signin.token': 'مفتاح المراجِع', 'signin.in': 'دخول', 'signin.out': 'خروج', 'signin.as': 'مراجِع',
    'alerts.title': 'التنبيهات', 'alerts.none': 'لا تنبيهات بعد.', 'alerts.new': 'تنبيه',
    'error.load': 'تعذّر التحميل', 'error.notFound': 'غير موجود',
  },
  en: {
    'app.title': 'Marsad',
    'app.attribution': 'Boundaries: UN OCHA Syria COD 2016, CC BY-IGO',
    'app.offline': 'Works offline: no tile servers, no outside sources.',
    'nav.skip': 'Skip to content', 'nav.map': 'Map', 'nav.events': 'Events', 'nav.alerts': 'Alerts',
    'lang.other': 'العربية',
    'map.asOf': 'Status as of', 'map.legend': 'Legend', 'map.communities': 'Communities',
    'map.none': 'No community above NONE on this date.', 'map.label': 'Map of Syria with communities by siege level',
    'map.prevDay': 'Previous day', 'map.nextDay': 'Next day', 'map.today': 'Today',
    'level.NONE': 'None', 'level.WATCH': 'Watch', 'level.PARTIAL_SIEGE': 'Partial siege',
    'level.FULL_SIEGE': 'Full siege', 'level.LIFTED': 'Lifted',
    'community.timeline': 'Timeline', 'community.indicators': 'Indicators', 'community.since': 'since',
    'community.from': 'From', 'community.to': 'To', 'community.ongoing': 'ongoing',
    'community.sources': 'Sources', 'community.disagreements': 'Disagreements between sources', 'community.events': 'Events here',
    'community.besiegedBy': 'Besieged by', 'community.besieged': 'Besieged side',
    'community.daysBesieged': 'Days besieged', 'community.independent': 'Independent sources', 'community.level': 'Level',
    'ind.movement': 'Movement', 'ind.food': 'Food', 'ind.medicine': 'Medicine', 'ind.fuel': 'Fuel', 'ind.aid': 'Aid',
    'ind.attacks_7d': 'Attacks in 7 days',
    'val.open': 'open', 'val.restricted': 'restricted', 'val.closed': 'closed', 'val.allowed': 'allowed',
    'val.blocked': 'blocked', 'val.unknown': 'unknown',
    'events.title': 'Events', 'events.filter': 'Filter', 'events.type': 'Type', 'events.place': 'Place',
    'events.from': 'From', 'events.to': 'To', 'events.review': 'Review state', 'events.q': 'Full-text search',
    'events.any': 'any', 'events.apply': 'Apply', 'events.next': 'Next', 'events.prev': 'Previous',
    'events.empty': 'No event matches the filters.', 'events.date': 'Date', 'events.open': 'Open',
    'event.title': 'Event', 'event.report': 'Report text', 'event.fields': 'Extracted fields', 'event.audit': 'Audit trail',
    'event.noAudit': 'No review yet.', 'event.verify': 'Verify', 'event.reject': 'Reject', 'event.correct': 'Correct a field',
    'event.field': 'Field', 'event.value': 'New value', 'event.comment': 'Comment', 'event.save': 'Save correction',
    'event.signinFirst': 'Sign in with a reviewer token to review this event.', 'event.evidence': 'Evidence',
    'event.who': 'Who', 'event.when': 'When', 'event.before': 'Before', 'event.after': 'After',
    'field.type': 'Type', 'field.date': 'Date', 'field.place': 'Place', 'field.actor1': 'Actor',
    'field.actor2': 'Acted on', 'field.modality': 'Modality', 'field.source': 'Source', 'field.review': 'Review',
    'field.outlet': 'Outlet', 'field.published': 'Published', 'field.phase': 'Phase', 'field.historical': 'Background',
    'phase.imposed': 'imposed', 'phase.tightened': 'tightened', 'phase.continued': 'continued',
    'phase.eased': 'eased', 'phase.lifted': 'lifted',
    'modality.asserted': 'asserted', 'modality.threatened': 'threatened', 'modality.feared': 'feared',
    'modality.demanded': 'demanded', 'modality.denied': 'denied', 'modality.planned': 'planned',
    'bool.true': 'yes', 'bool.false': 'no',
    'review.pending': 'pending', 'review.verified': 'verified', 'review.rejected': 'rejected', 'review.corrected': 'corrected',
    'signin.token': 'Reviewer token', 'signin.in': 'Sign in', 'signin.out': 'Sign out', 'signin.as': 'reviewer',
    'alerts.title': 'Alerts', 'alerts.none': 'No alert yet.', 'alerts.new': 'Alert',
    'error.load': 'Could not load', 'error.notFound': 'Not found',
  },
};

const TYPES = {
  SIEGE: ['حصار', 'Siege'], MOVEMENT_RESTRICTION: ['تقييد الحركة', 'Movement restriction'],
  SUPPLY_DENIAL: ['منع الإمدادات', 'Supply denial'], HUMANITARIAN_CONDITION: ['وضع إنساني', 'Humanitarian condition'],
  ARREST: ['اعتقال', 'Arrest'], PROTEST: ['احتجاج', 'Protest'], DEMAND: ['مطالبة', 'Demand'], THREAT: ['تهديد', 'Threat'],
  MILITARY_BUILDUP: ['حشد عسكري', 'Military build-up'], ATTACK: ['هجوم', 'Attack'], NEGOTIATION: ['تفاوض', 'Negotiation'],
  AGREEMENT: ['اتفاق', 'Agreement'], CONTROL_CHANGE: ['تغيّر السيطرة', 'Control change'], DISPLACEMENT: ['تهجير', 'Displacement'],
};
export const EVENT_TYPES = Object.keys(TYPES);
export const LEVELS = ['NONE', 'WATCH', 'PARTIAL_SIEGE', 'FULL_SIEGE', 'LIFTED'];

let lang = localStorage.getItem('marsad.lang') === 'en' ? 'en' : 'ar';

export function currentLang() {
  return lang;
}

export function t(key) {
  return STRINGS[lang][key] ?? STRINGS.en[key] ?? key;
}

/**
 * A codebook value in the interface language: {@code kind} is phase (imposed ... lifted), modality
 * (asserted ... planned) or bool; an unknown value is shown as it is.
 */
export function valueName(kind, value) {
  return STRINGS[lang][kind + '.' + value] ?? String(value ?? '');
}

export function typeName(type) {
  const pair = TYPES[type];
  return pair ? pair[lang === 'ar' ? 0 : 1] : String(type ?? '');
}

/** A place's name in the interface language, falling back to the other one. */
export function placeName(p) {
  if (!p) return '';
  return (lang === 'ar' ? p.name_ar || p.name : p.name || p.name_ar) || p.id || '';
}

/** An actor's name in the interface language: its Arabic label when there is one, else the canonical name. */
export function actorName(a) {
  if (!a) return '';
  return (lang === 'ar' ? a.name_ar || a.name : a.name || a.name_ar) || '';
}

/** Dates and numbers stay in Latin digits in both languages (ISO dates read the same everywhere). */
export function setLang(next) {
  lang = next === 'en' ? 'en' : 'ar';
  localStorage.setItem('marsad.lang', lang);
  applyStatic();
}

export function applyStatic() {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.title = t('app.title');
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  const sw = document.getElementById('lang-switch');
  sw.textContent = t('lang.other');
  sw.lang = lang === 'ar' ? 'en' : 'ar';
}
