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
	'events.error.closed.past': 'Diese Veranstaltung hat schon stattgefunden.',
	'nav.events': 'Termine',
	'home.eventsTitle': 'Kurse und Termine',
	'home.eventsFamilies': 'Kurse und Veranstaltungen für Familien',
	'home.eventsProfessionals': 'Fortbildungen für Fachkräfte',
	'events.familiesTitle': 'Kurse und Veranstaltungen für Familien',
	'events.familiesIntro':
		'Geburtsvorbereitung, Babymassage, Elternkurse und Treffen für Familien – mit Anmeldung, ohne Konto.',
	'events.professionalsTitle': 'Fortbildungen und Fachtage',
	'events.professionalsIntro':
		'Fachtage, Fortbildungen und Infoabende für Fachkräfte im Netzwerk – Anmeldung ohne Konto.',
	'events.filters': 'Termine auswählen',
	'events.query': 'Suchbegriff',
	'events.lifeStage': 'Lebensphase',
	'events.topic': 'Thema',
	'events.language': 'Sprache',
	'events.any': 'Alle',
	'events.filter': 'Anzeigen',
	'events.reset': 'Auswahl zurücksetzen',
	'events.count': '{count, plural, =0 {Keine Termine gefunden} one {# Termin gefunden} other {# Termine gefunden}}',
	'events.none': 'Zurzeit gibt es keine Termine, die zu Ihrer Auswahl passen.',
	'events.feed': 'Alle öffentlichen Termine im eigenen Kalender abonnieren (iCal)',
	'events.time': '{day}, {from}–{to} Uhr',
	'events.series': '{count, plural, one {# Termin} other {# Termine}} ab {day}',
	'events.online': 'Online',
	'events.onlineNote': 'Online – den Zugangslink bekommen Sie mit der Anmeldebestätigung.',
	'events.seats.free': '{count, plural, one {Noch # Platz frei} other {Noch # Plätze frei}}',
	'events.seats.waiting': 'Ausgebucht – Warteliste',
	'events.seats.full': 'Ausgebucht',
	'events.membersOnly': 'Nur für Netzwerkmitglieder',
	'events.cancelled': 'Abgesagt',
	'events.kind.fachtagung': 'Fachtag',
	'events.kind.fortbildung': 'Fortbildung',
	'events.kind.infoabend': 'Infoabend',
	'events.kind.kurs': 'Kurs',
	'events.kind.familienveranstaltung': 'Veranstaltung für Familien',
	'events.audience': 'Für wen?',
	'events.audience.fachkraefte': 'Fachkräfte',
	'events.audience.familien': 'Familien',
	'events.audience.beide': 'Familien und Fachkräfte',
	'events.backToList': 'Alle Termine',
	'events.dates': 'Termine',
	'events.organiser': 'Veranstalter',
	'events.seats': 'Plätze',
	'events.scope': 'Umfang',
	'events.hours.ue': '{hours, number} Unterrichtseinheiten',
	'events.hours.stunden': '{hours, number} Stunden',
	'events.registrationUntil': 'Anmeldung bis {date}',
	'events.registrationFrom': 'Anmeldung ab {date}',
	'events.cancelledNotice': 'Diese Veranstaltung wurde abgesagt.',
	'events.form.title': 'Anmelden',
	'events.form.intro':
		'Sie brauchen kein Konto. Nach der Anmeldung bekommen Sie eine E-Mail mit allen Angaben und einem persönlichen Link.',
	'events.form.waitingIntro':
		'Die Veranstaltung ist ausgebucht. Wenn Sie sich jetzt anmelden, kommen Sie auf die Warteliste. Wird ein Platz frei, bekommen Sie eine E-Mail.',
	'events.form.name': 'Vor- und Nachname',
	'events.form.email': 'E-Mail-Adresse',
	'events.form.emailHint': 'Hierhin schicken wir die Bestätigung.',
	'events.form.phone': 'Telefon (freiwillig)',
	'events.form.organisation': 'Einrichtung oder Organisation (freiwillig)',
	'events.form.persons': 'Anzahl der Personen',
	'events.form.personsHint': 'Wie viele Personen kommen mit dieser Anmeldung, Sie eingeschlossen? Höchstens {max}.',
	'events.form.yes': 'Ja',
	'events.form.no': 'Nein',
	'events.form.choose': 'Bitte wählen',
	'events.form.consentTitle': 'Einwilligung',
	'events.form.consentDefault':
		'Ich bin einverstanden, dass meine Angaben für diese Veranstaltung gespeichert und verwendet werden. Sie werden {months, plural, one {# Monat} other {# Monate}} nach der Veranstaltung gelöscht.',
	'events.form.consent': 'Ich bin einverstanden.',
	'events.form.privacyLink': 'Datenschutzhinweise',
	'events.form.honeypot': 'Bitte dieses Feld leer lassen',
	'events.form.submit': 'Verbindlich anmelden',
	'events.form.submitWaiting': 'Auf die Warteliste setzen',
	'events.form.nameRequired': 'Bitte geben Sie Ihren Namen an.',
	'events.form.emailRequired': 'Bitte geben Sie Ihre E-Mail-Adresse an.',
	'events.form.emailInvalid': 'Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@example.org.',
	'events.form.phoneInvalid': 'Bitte geben Sie eine Telefonnummer aus Ziffern an, zum Beispiel 0221 4710 123.',
	'events.form.personsInvalid': 'Bitte geben Sie eine Zahl von 1 bis {max} an.',
	'events.form.tooLong': 'Dieser Text ist zu lang.',
	'events.form.answerRequired': 'Bitte beantworten Sie diese Frage.',
	'events.form.chooseOption': 'Bitte wählen Sie eine der Antworten.',
	'events.form.consentRequired': 'Bitte stimmen Sie zu, damit wir Ihre Anmeldung speichern können.',
	'events.form.rejected':
		'Ihre Anmeldung konnte nicht angenommen werden. Bitte versuchen Sie es noch einmal oder melden Sie sich telefonisch an.',
	'events.form.rateLimited':
		'Von Ihrem Anschluss kamen in der letzten Stunde sehr viele Anmeldungen. Bitte versuchen Sie es später noch einmal.',
	'events.answer.registered': 'Sie sind angemeldet.',
	'events.answer.waiting': 'Sie stehen auf Platz {position} der Warteliste.',
	'events.answer.mail':
		'Wir haben Ihnen eine E-Mail mit allen Angaben und Ihrem persönlichen Link geschickt. Über den Link können Sie sich auch wieder abmelden.',
	'events.answer.waitingNext': 'Wird ein Platz frei, bekommen Sie eine E-Mail.',
	'events.answer.another': 'Eine weitere Person anmelden',
	'events.search.title': 'Termine zu Ihrer Suche',
	'events.search.jump': '{count, plural, one {# passender Termin mit Datum} other {# passende Termine mit Datum}}',
	'events.search.all': 'Alle Kurse und Veranstaltungen für Familien',
	'registration.title': 'Ihre Anmeldung',
	'registration.hello': 'Guten Tag {name},',
	'registration.persons': 'Angemeldet: {persons, plural, one {# Person} other {# Personen}}',
	'registration.offered': 'Für Sie ist ein Platz frei geworden. Wir halten ihn bis {until} für Sie.',
	'registration.offerExpired': 'Das Angebot für den freien Platz ist am {until} abgelaufen.',
	'registration.cancelled': 'Sie haben sich abgemeldet.',
	'registration.begun': 'Die Veranstaltung hat schon begonnen.',
	'registration.accept': 'Platz annehmen',
	'registration.cancelTitle': 'Abmelden',
	'registration.cancelHint':
		'Sie können nicht kommen? Dann melden Sie sich bitte ab. Ihr Platz geht an die nächste Person auf der Warteliste.',
	'registration.cancel': 'Verbindlich abmelden',
	'registration.done.cancelled': 'Sie sind abgemeldet. Wir haben Ihnen eine Bestätigung geschickt.',
	'registration.done.accepted': 'Der Platz gehört Ihnen: Sie sind angemeldet. Die Bestätigung kommt per E-Mail.',
	'registration.done.expired': 'Das Angebot ist leider abgelaufen.',
	'registration.done.not_possible': 'Das ist nicht mehr möglich.',
	'registration.eventPage': 'Zur Seite der Veranstaltung',
	'registration.linkHint': 'Bitte geben Sie diesen Link nicht weiter: Wer ihn hat, kann Ihre Anmeldung sehen und absagen.',
	'registration.unknown': 'Dieser Link ist ungültig. Bitte nutzen Sie den Link aus Ihrer E-Mail.',
	'registration.other_network': 'Dieser Link gehört zu einem anderen Netzwerk.'
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
