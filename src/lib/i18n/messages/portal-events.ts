import type { PortalPart } from './portal-part';

/**
 * Portal texts of the events area (issue 14) in every language. The public event pages and the
 * registration form add their texts here; the internal area's event texts are German only
 * (`internal-events-de.ts`).
 */
const de = {
	'events.error.full': 'Diese Veranstaltung ist ausgebucht, und es gibt keine Warteliste.',
	'events.error.closed.not_published': 'Für diese Veranstaltung ist keine Anmeldung möglich.',
	'events.error.closed.cancelled': 'Diese Veranstaltung wurde abgesagt.',
	'events.error.closed.not_open_yet': 'Die Anmeldung ist noch nicht geöffnet.',
	'events.error.closed.closed': 'Die Anmeldefrist ist abgelaufen.',
	'events.error.closed.past': 'Diese Veranstaltung hat schon stattgefunden.'
} as const;

export const portalEvents: PortalPart<keyof typeof de> = {
	de,
	leicht: {
		'events.error.full': 'Alle Plätze sind weg. Es gibt keine Warte-Liste.',
		'events.error.closed.not_published': 'Sie können sich hier nicht anmelden.',
		'events.error.closed.cancelled': 'Die Veranstaltung fällt aus.',
		'events.error.closed.not_open_yet': 'Sie können sich noch nicht anmelden. Das geht erst später.',
		'events.error.closed.closed': 'Sie können sich nicht mehr anmelden. Die Zeit ist vorbei.',
		'events.error.closed.past': 'Die Veranstaltung war schon.'
	},
	en: {
		'events.error.full': 'This event is fully booked and has no waiting list.',
		'events.error.closed.not_published': 'Registration is not possible for this event.',
		'events.error.closed.cancelled': 'This event has been cancelled.',
		'events.error.closed.not_open_yet': 'Registration has not opened yet.',
		'events.error.closed.closed': 'The registration deadline has passed.',
		'events.error.closed.past': 'This event has already taken place.'
	},
	tr: {
		'events.error.full': 'Bu etkinlikte yer kalmadı ve bekleme listesi yok.',
		'events.error.closed.not_published': 'Bu etkinlik için kayıt yapılamıyor.',
		'events.error.closed.cancelled': 'Bu etkinlik iptal edildi.',
		'events.error.closed.not_open_yet': 'Kayıt henüz açılmadı.',
		'events.error.closed.closed': 'Kayıt süresi doldu.',
		'events.error.closed.past': 'Bu etkinlik zaten gerçekleşti.'
	},
	ar: {
		'events.error.full': 'هذه الفعالية محجوزة بالكامل ولا توجد قائمة انتظار.',
		'events.error.closed.not_published': 'التسجيل غير ممكن لهذه الفعالية.',
		'events.error.closed.cancelled': 'تم إلغاء هذه الفعالية.',
		'events.error.closed.not_open_yet': 'لم يُفتح التسجيل بعد.',
		'events.error.closed.closed': 'انتهت مهلة التسجيل.',
		'events.error.closed.past': 'أُقيمت هذه الفعالية بالفعل.'
	},
	ru: {
		'events.error.full': 'На это мероприятие мест нет, листа ожидания нет.',
		'events.error.closed.not_published': 'Регистрация на это мероприятие невозможна.',
		'events.error.closed.cancelled': 'Это мероприятие отменено.',
		'events.error.closed.not_open_yet': 'Регистрация ещё не открыта.',
		'events.error.closed.closed': 'Срок регистрации истёк.',
		'events.error.closed.past': 'Это мероприятие уже прошло.'
	},
	uk: {
		'events.error.full': 'На цей захід місць немає, списку очікування немає.',
		'events.error.closed.not_published': 'Реєстрація на цей захід неможлива.',
		'events.error.closed.cancelled': 'Цей захід скасовано.',
		'events.error.closed.not_open_yet': 'Реєстрація ще не відкрита.',
		'events.error.closed.closed': 'Термін реєстрації минув.',
		'events.error.closed.past': 'Цей захід уже відбувся.'
	},
	pl: {
		'events.error.full': 'Brak wolnych miejsc na to wydarzenie i nie ma listy oczekujących.',
		'events.error.closed.not_published': 'Rejestracja na to wydarzenie nie jest możliwa.',
		'events.error.closed.cancelled': 'To wydarzenie zostało odwołane.',
		'events.error.closed.not_open_yet': 'Rejestracja jeszcze się nie rozpoczęła.',
		'events.error.closed.closed': 'Termin rejestracji minął.',
		'events.error.closed.past': 'To wydarzenie już się odbyło.'
	},
	fa: {
		'events.error.full': 'ظرفیت این رویداد پر شده است و فهرست انتظار ندارد.',
		'events.error.closed.not_published': 'ثبت‌نام برای این رویداد ممکن نیست.',
		'events.error.closed.cancelled': 'این رویداد لغو شده است.',
		'events.error.closed.not_open_yet': 'ثبت‌نام هنوز آغاز نشده است.',
		'events.error.closed.closed': 'مهلت ثبت‌نام به پایان رسیده است.',
		'events.error.closed.past': 'این رویداد قبلاً برگزار شده است.'
	}
};
