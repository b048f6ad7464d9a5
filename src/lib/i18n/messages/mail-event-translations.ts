import type { LocaleCode } from '../locales';
import type { MailKey } from './mail-de';

/**
 * The event registration mails (issue 14) in the portal's other languages, so a family that
 * registered on the Turkish page gets its confirmation in Turkish. Each language has every text
 * these mails use (greeting, footer and button fallback included): a missing one fails the type
 * check, and a mail with any text missing in its language is sent in German as a whole.
 */
export type EventMailKey =
	| 'mail.greetingName'
	| 'mail.footer'
	| 'mail.buttonFallback'
	| Extract<MailKey, `mail.event.${string}` | `mail.registration${string}` | `mail.seat${string}`>;

export const mailEventTranslations: Record<Exclude<LocaleCode, 'de'>, Record<EventMailKey, string>> = {
	leicht: {
		'mail.greetingName': 'Hallo {name},',
		'mail.footer': 'Ein Computer hat diese E-Mail geschickt.',
		'mail.buttonFallback': 'Der Knopf geht nicht? Dann nehmen Sie diesen Link: {link}',
		'mail.event.session': '• {day}, von {from} Uhr bis {to} Uhr',
		'mail.event.sessionPlace': '  Ort: {place}',
		'mail.event.sessionOnline': '  Im Internet: {url}',
		'mail.event.dates': 'Die Termine:\n{sessions}',
		'mail.event.persons': 'Angemeldet: {persons, plural, one {# Person} other {# Personen}}',
		'mail.event.personalLink':
			'Mit Ihrem Link sehen Sie Ihre Anmeldung. Mit dem Link können Sie sich auch wieder abmelden. Geben Sie den Link nicht weiter.',
		'mail.event.linkAction': 'Meine Anmeldung ansehen',
		'mail.event.calendarAttached': 'Die Termine sind auch als Kalender-Datei dabei. Die Datei endet mit: .ics',
		'mail.event.contact': 'Sie haben Fragen? Dann fragen Sie: {contact}',
		'mail.registrationConfirmed.subject': 'Sie sind angemeldet: {eventTitle} – {networkName}',
		'mail.registrationConfirmed.confirmed': 'Danke! Sie sind angemeldet. Die Veranstaltung heißt: {eventTitle}.',
		'mail.registrationWaiting.subject': 'Warte-Liste: {eventTitle} – {networkName}',
		'mail.registrationWaiting.waiting':
			'Danke für Ihre Anmeldung. Die Veranstaltung heißt: {eventTitle}. Im Moment sind alle Plätze weg. Sie stehen auf der Warte-Liste. Sie sind auf Platz {position}.',
		'mail.registrationWaiting.next': 'Wird ein Platz für Sie frei? Dann bekommen Sie eine E-Mail.',
		'mail.seatOffered.subject': 'Ein Platz ist frei: {eventTitle} – {networkName}',
		'mail.seatOffered.offered':
			'Ein Platz ist frei geworden. Die Veranstaltung heißt: {eventTitle}. Der Platz ist für Sie. Aber nur bis {until}.',
		'mail.seatOffered.next':
			'Wollen Sie den Platz? Dann klicken Sie auf den Link. Sonst bekommt eine andere Person den Platz.',
		'mail.seatOffered.action': 'Platz nehmen',
		'mail.seatPromoted.subject': 'Sie haben einen Platz: {eventTitle} – {networkName}',
		'mail.seatPromoted.promoted':
			'Eine gute Nachricht: Ein Platz ist frei geworden. Der Platz ist jetzt für Sie. Sie sind angemeldet. Die Veranstaltung heißt: {eventTitle}.',
		'mail.registrationCancelled.subject': 'Sie sind abgemeldet: {eventTitle} – {networkName}',
		'mail.registrationCancelled.cancelled': 'Sie haben sich abgemeldet. Die Veranstaltung heißt: {eventTitle}.',
		'mail.registrationCancelled.again': 'Sie wollen doch mitmachen? Dann melden Sie sich neu an: {link}',
		'mail.registrationCancelled.calendar':
			'Im Anhang ist eine Kalender-Datei. Damit löschen Sie die Termine in Ihrem Kalender.',
		'mail.registrationUpdated.subject': 'Neue Zeit oder neuer Ort: {eventTitle} – {networkName}',
		'mail.registrationUpdated.changed':
			'Bei „{eventTitle}“ hat sich etwas geändert. Bitte lesen Sie die neuen Termine:',
		'mail.registrationUpdated.calendar':
			'Die neue Kalender-Datei ist dabei. Sie ersetzt die alte Datei in Ihrem Kalender.'
	},
	en: {
		'mail.greetingName': 'Hello {name},',
		'mail.footer': 'This e-mail was sent automatically.',
		'mail.buttonFallback': 'If the button does not work: {link}',
		'mail.event.session': '• {day}, {from}–{to}',
		'mail.event.sessionPlace': '  {place}',
		'mail.event.sessionOnline': '  Online: {url}',
		'mail.event.dates': 'Dates:\n{sessions}',
		'mail.event.persons': 'Registered: {persons, plural, one {# person} other {# people}}',
		'mail.event.personalLink':
			'With your personal link you can see your registration and cancel it if you need to. Please do not pass it on.',
		'mail.event.linkAction': 'View my registration',
		'mail.event.calendarAttached': 'The dates are attached as a calendar file (.ics).',
		'mail.event.contact': 'Questions about the event: {contact}',
		'mail.registrationConfirmed.subject': 'Registration confirmed: {eventTitle} – {networkName}',
		'mail.registrationConfirmed.confirmed': 'Thank you! You are registered for “{eventTitle}”.',
		'mail.registrationWaiting.subject': 'Waiting list: {eventTitle} – {networkName}',
		'mail.registrationWaiting.waiting':
			'Thank you for registering for “{eventTitle}”. The event is fully booked at the moment. You are number {position} on the waiting list.',
		'mail.registrationWaiting.next': 'As soon as a place becomes free for you, we will send you an e-mail.',
		'mail.seatOffered.subject': 'A place is free: {eventTitle} – {networkName}',
		'mail.seatOffered.offered': 'A place has become free for “{eventTitle}”. We are holding it for you until {until}.',
		'mail.seatOffered.next':
			'Please accept the place using the link. After the deadline it goes to the next person on the waiting list.',
		'mail.seatOffered.action': 'Accept the place',
		'mail.seatPromoted.subject': 'You have a place: {eventTitle} – {networkName}',
		'mail.seatPromoted.promoted':
			'Good news: a place has become free for “{eventTitle}”. You have moved up from the waiting list and are now registered.',
		'mail.registrationCancelled.subject': 'Cancellation confirmed: {eventTitle} – {networkName}',
		'mail.registrationCancelled.cancelled': 'You have cancelled your registration for “{eventTitle}”.',
		'mail.registrationCancelled.again': 'Would you like to take part after all? Then please register again: {link}',
		'mail.registrationCancelled.calendar': 'The attached calendar file removes the dates from your calendar.',
		'mail.registrationUpdated.subject': 'Change of time or place: {eventTitle} – {networkName}',
		'mail.registrationUpdated.changed': 'The time or place of “{eventTitle}” has changed. These are the dates now:',
		'mail.registrationUpdated.calendar': 'The attached calendar file updates the entry in your calendar.'
	},
	tr: {
		'mail.greetingName': 'Merhaba {name},',
		'mail.footer': 'Bu e-posta otomatik olarak gönderildi.',
		'mail.buttonFallback': 'Düğme çalışmazsa: {link}',
		'mail.event.session': '• {day}, {from}–{to}',
		'mail.event.sessionPlace': '  {place}',
		'mail.event.sessionOnline': '  Çevrim içi: {url}',
		'mail.event.dates': 'Tarihler:\n{sessions}',
		'mail.event.persons': 'Kayıtlı: {persons, plural, one {# kişi} other {# kişi}}',
		'mail.event.personalLink':
			'Kişisel bağlantınızla kaydınızı görebilir ve gerekirse iptal edebilirsiniz. Lütfen bu bağlantıyı başkalarıyla paylaşmayın.',
		'mail.event.linkAction': 'Kaydımı görüntüle',
		'mail.event.calendarAttached': 'Tarihler ekte takvim dosyası (.ics) olarak bulunuyor.',
		'mail.event.contact': 'Etkinlikle ilgili sorularınız için: {contact}',
		'mail.registrationConfirmed.subject': 'Kayıt onaylandı: {eventTitle} – {networkName}',
		'mail.registrationConfirmed.confirmed': 'Teşekkürler! “{eventTitle}” etkinliğine kaydınız yapıldı.',
		'mail.registrationWaiting.subject': 'Bekleme listesi: {eventTitle} – {networkName}',
		'mail.registrationWaiting.waiting':
			'“{eventTitle}” için kaydınız için teşekkür ederiz. Etkinlik şu anda dolu. Bekleme listesinde {position}. sıradasınız.',
		'mail.registrationWaiting.next': 'Sizin için bir yer boşaldığında size e-posta göndereceğiz.',
		'mail.seatOffered.subject': 'Bir yer boşaldı: {eventTitle} – {networkName}',
		'mail.seatOffered.offered':
			'“{eventTitle}” için bir yer boşaldı. Bu yeri {until} tarihine kadar sizin için ayırıyoruz.',
		'mail.seatOffered.next':
			'Lütfen yeri bağlantı üzerinden kabul edin. Süre dolduktan sonra yer, bekleme listesindeki bir sonraki kişiye geçer.',
		'mail.seatOffered.action': 'Yeri kabul et',
		'mail.seatPromoted.subject': 'Bir yeriniz var: {eventTitle} – {networkName}',
		'mail.seatPromoted.promoted':
			'Güzel haber: “{eventTitle}” için bir yer boşaldı. Bekleme listesinden sıranız geldi ve artık kayıtlısınız.',
		'mail.registrationCancelled.subject': 'Kayıt iptali onaylandı: {eventTitle} – {networkName}',
		'mail.registrationCancelled.cancelled': '“{eventTitle}” etkinliğine kaydınızı iptal ettiniz.',
		'mail.registrationCancelled.again': 'Yine de katılmak ister misiniz? O zaman lütfen yeniden kaydolun: {link}',
		'mail.registrationCancelled.calendar': 'Ekteki takvim dosyasıyla tarihleri takviminizden kaldırabilirsiniz.',
		'mail.registrationUpdated.subject': 'Saat veya yer değişti: {eventTitle} – {networkName}',
		'mail.registrationUpdated.changed': '“{eventTitle}” etkinliğinin saati veya yeri değişti. Güncel tarihler:',
		'mail.registrationUpdated.calendar': 'Ekteki takvim dosyası takviminizdeki kaydı günceller.'
	},
	ar: {
		'mail.greetingName': 'مرحبًا {name}،',
		'mail.footer': 'أُرسلت هذه الرسالة تلقائيًا.',
		'mail.buttonFallback': 'إذا لم يعمل الزر: {link}',
		'mail.event.session': '• {day}، {from}–{to}',
		'mail.event.sessionPlace': '  {place}',
		'mail.event.sessionOnline': '  عبر الإنترنت: {url}',
		'mail.event.dates': 'المواعيد:\n{sessions}',
		'mail.event.persons':
			'عدد المسجلين: {persons, plural, one {شخص واحد} two {شخصان} few {# أشخاص} many {# شخصًا} other {# شخص}}',
		'mail.event.personalLink':
			'من خلال رابطك الشخصي يمكنك الاطلاع على تسجيلك وإلغاؤه عند الحاجة. يرجى عدم مشاركته مع الآخرين.',
		'mail.event.linkAction': 'عرض تسجيلي',
		'mail.event.calendarAttached': 'المواعيد مرفقة كملف تقويم (.ics).',
		'mail.event.contact': 'للاستفسار عن الفعالية: {contact}',
		'mail.registrationConfirmed.subject': 'تأكيد التسجيل: {eventTitle} – {networkName}',
		'mail.registrationConfirmed.confirmed': 'شكرًا لك! تم تسجيلك في «{eventTitle}».',
		'mail.registrationWaiting.subject': 'قائمة الانتظار: {eventTitle} – {networkName}',
		'mail.registrationWaiting.waiting':
			'شكرًا لتسجيلك في «{eventTitle}». الفعالية محجوزة بالكامل حاليًا. ترتيبك {position} على قائمة الانتظار.',
		'mail.registrationWaiting.next': 'سنرسل إليك رسالة بالبريد الإلكتروني فور توفر مكان لك.',
		'mail.seatOffered.subject': 'يوجد مكان شاغر: {eventTitle} – {networkName}',
		'mail.seatOffered.offered': 'أصبح هناك مكان شاغر في «{eventTitle}». نحتفظ به لك حتى {until}.',
		'mail.seatOffered.next':
			'يرجى قبول المكان عبر الرابط. بعد انتهاء المهلة ينتقل المكان إلى الشخص التالي على قائمة الانتظار.',
		'mail.seatOffered.action': 'قبول المكان',
		'mail.seatPromoted.subject': 'لديك مكان: {eventTitle} – {networkName}',
		'mail.seatPromoted.promoted':
			'خبر سار: أصبح هناك مكان شاغر في «{eventTitle}». انتقلت من قائمة الانتظار وأصبحت مسجلًا الآن.',
		'mail.registrationCancelled.subject': 'تأكيد إلغاء التسجيل: {eventTitle} – {networkName}',
		'mail.registrationCancelled.cancelled': 'لقد ألغيت تسجيلك في «{eventTitle}».',
		'mail.registrationCancelled.again': 'هل ترغب في المشاركة رغم ذلك؟ يرجى التسجيل من جديد: {link}',
		'mail.registrationCancelled.calendar': 'يمكنك حذف المواعيد من تقويمك باستخدام ملف التقويم المرفق.',
		'mail.registrationUpdated.subject': 'تغيير في الموعد أو المكان: {eventTitle} – {networkName}',
		'mail.registrationUpdated.changed': 'تغيّر موعد أو مكان «{eventTitle}». هذه هي المواعيد الآن:',
		'mail.registrationUpdated.calendar': 'ملف التقويم المرفق يحدّث الموعد في تقويمك.'
	},
	ru: {
		'mail.greetingName': 'Здравствуйте, {name}!',
		'mail.footer': 'Это письмо отправлено автоматически.',
		'mail.buttonFallback': 'Если кнопка не работает: {link}',
		'mail.event.session': '• {day}, {from}–{to}',
		'mail.event.sessionPlace': '  {place}',
		'mail.event.sessionOnline': '  Онлайн: {url}',
		'mail.event.dates': 'Даты:\n{sessions}',
		'mail.event.persons':
			'Зарегистрировано: {persons, plural, one {# человек} few {# человека} many {# человек} other {# человека}}',
		'mail.event.personalLink':
			'По личной ссылке вы можете посмотреть свою регистрацию и при необходимости отменить её. Пожалуйста, не передавайте её другим.',
		'mail.event.linkAction': 'Посмотреть мою регистрацию',
		'mail.event.calendarAttached': 'Даты приложены в виде файла календаря (.ics).',
		'mail.event.contact': 'Вопросы о мероприятии: {contact}',
		'mail.registrationConfirmed.subject': 'Регистрация подтверждена: {eventTitle} – {networkName}',
		'mail.registrationConfirmed.confirmed': 'Спасибо! Вы зарегистрированы на «{eventTitle}».',
		'mail.registrationWaiting.subject': 'Лист ожидания: {eventTitle} – {networkName}',
		'mail.registrationWaiting.waiting':
			'Спасибо за регистрацию на «{eventTitle}». Сейчас все места заняты. Ваше место в листе ожидания: {position}.',
		'mail.registrationWaiting.next': 'Как только для вас освободится место, вы получите письмо.',
		'mail.seatOffered.subject': 'Освободилось место: {eventTitle} – {networkName}',
		'mail.seatOffered.offered': 'На «{eventTitle}» освободилось место. Мы сохраняем его для вас до {until}.',
		'mail.seatOffered.next':
			'Пожалуйста, примите место по ссылке. После окончания срока оно перейдёт к следующему человеку в листе ожидания.',
		'mail.seatOffered.action': 'Принять место',
		'mail.seatPromoted.subject': 'У вас есть место: {eventTitle} – {networkName}',
		'mail.seatPromoted.promoted':
			'Хорошая новость: на «{eventTitle}» освободилось место. Вы перешли из листа ожидания и теперь зарегистрированы.',
		'mail.registrationCancelled.subject': 'Отмена регистрации подтверждена: {eventTitle} – {networkName}',
		'mail.registrationCancelled.cancelled': 'Вы отменили регистрацию на «{eventTitle}».',
		'mail.registrationCancelled.again':
			'Всё-таки хотите участвовать? Тогда зарегистрируйтесь, пожалуйста, заново: {link}',
		'mail.registrationCancelled.calendar':
			'С помощью приложенного файла календаря вы удалите эти даты из своего календаря.',
		'mail.registrationUpdated.subject': 'Изменились время или место: {eventTitle} – {networkName}',
		'mail.registrationUpdated.changed': 'Время или место мероприятия «{eventTitle}» изменились. Актуальные даты:',
		'mail.registrationUpdated.calendar': 'Прилагаемый файл календаря обновит запись в вашем календаре.'
	},
	uk: {
		'mail.greetingName': 'Добрий день, {name}!',
		'mail.footer': 'Цей лист надіслано автоматично.',
		'mail.buttonFallback': 'Якщо кнопка не працює: {link}',
		'mail.event.session': '• {day}, {from}–{to}',
		'mail.event.sessionPlace': '  {place}',
		'mail.event.sessionOnline': '  Онлайн: {url}',
		'mail.event.dates': 'Дати:\n{sessions}',
		'mail.event.persons': 'Зареєстровано: {persons, plural, one {# особу} few {# особи} many {# осіб} other {# особи}}',
		'mail.event.personalLink':
			'За особистим посиланням ви можете переглянути свою реєстрацію та за потреби скасувати її. Будь ласка, не передавайте його іншим.',
		'mail.event.linkAction': 'Переглянути мою реєстрацію',
		'mail.event.calendarAttached': 'Дати додано як файл календаря (.ics).',
		'mail.event.contact': 'Запитання щодо заходу: {contact}',
		'mail.registrationConfirmed.subject': 'Реєстрацію підтверджено: {eventTitle} – {networkName}',
		'mail.registrationConfirmed.confirmed': 'Дякуємо! Ви зареєстровані на «{eventTitle}».',
		'mail.registrationWaiting.subject': 'Список очікування: {eventTitle} – {networkName}',
		'mail.registrationWaiting.waiting':
			'Дякуємо за реєстрацію на «{eventTitle}». Зараз усі місця зайняті. Ваше місце у списку очікування: {position}.',
		'mail.registrationWaiting.next': 'Щойно для вас звільниться місце, ви отримаєте лист.',
		'mail.seatOffered.subject': 'Звільнилося місце: {eventTitle} – {networkName}',
		'mail.seatOffered.offered': 'На «{eventTitle}» звільнилося місце. Ми зберігаємо його для вас до {until}.',
		'mail.seatOffered.next':
			'Будь ласка, прийміть місце за посиланням. Після закінчення строку воно перейде до наступної особи у списку очікування.',
		'mail.seatOffered.action': 'Прийняти місце',
		'mail.seatPromoted.subject': 'У вас є місце: {eventTitle} – {networkName}',
		'mail.seatPromoted.promoted':
			'Гарна новина: на «{eventTitle}» звільнилося місце. Ви перейшли зі списку очікування і тепер зареєстровані.',
		'mail.registrationCancelled.subject': 'Скасування реєстрації підтверджено: {eventTitle} – {networkName}',
		'mail.registrationCancelled.cancelled': 'Ви скасували реєстрацію на «{eventTitle}».',
		'mail.registrationCancelled.again': 'Усе ж хочете взяти участь? Тоді, будь ласка, зареєструйтеся знову: {link}',
		'mail.registrationCancelled.calendar':
			'За допомогою доданого файлу календаря ви видалите ці дати зі свого календаря.',
		'mail.registrationUpdated.subject': 'Змінилися час або місце: {eventTitle} – {networkName}',
		'mail.registrationUpdated.changed': 'Час або місце заходу «{eventTitle}» змінилися. Актуальні дати:',
		'mail.registrationUpdated.calendar': 'Доданий файл календаря оновить запис у вашому календарі.'
	},
	pl: {
		'mail.greetingName': 'Dzień dobry {name},',
		'mail.footer': 'Ta wiadomość została wysłana automatycznie.',
		'mail.buttonFallback': 'Jeśli przycisk nie działa: {link}',
		'mail.event.session': '• {day}, {from}–{to}',
		'mail.event.sessionPlace': '  {place}',
		'mail.event.sessionOnline': '  Online: {url}',
		'mail.event.dates': 'Terminy:\n{sessions}',
		'mail.event.persons': 'Zgłoszono: {persons, plural, one {# osobę} few {# osoby} many {# osób} other {# osoby}}',
		'mail.event.personalLink':
			'Dzięki osobistemu linkowi możesz zobaczyć swoje zgłoszenie i w razie potrzeby je anulować. Nie przekazuj go innym osobom.',
		'mail.event.linkAction': 'Zobacz moje zgłoszenie',
		'mail.event.calendarAttached': 'Terminy są załączone jako plik kalendarza (.ics).',
		'mail.event.contact': 'Pytania dotyczące wydarzenia: {contact}',
		'mail.registrationConfirmed.subject': 'Zgłoszenie potwierdzone: {eventTitle} – {networkName}',
		'mail.registrationConfirmed.confirmed': 'Dziękujemy! Twoje zgłoszenie na „{eventTitle}” zostało przyjęte.',
		'mail.registrationWaiting.subject': 'Lista oczekujących: {eventTitle} – {networkName}',
		'mail.registrationWaiting.waiting':
			'Dziękujemy za zgłoszenie na „{eventTitle}”. Obecnie brak wolnych miejsc. Twoje miejsce na liście oczekujących: {position}.',
		'mail.registrationWaiting.next': 'Gdy tylko zwolni się dla Ciebie miejsce, otrzymasz wiadomość e-mail.',
		'mail.seatOffered.subject': 'Zwolniło się miejsce: {eventTitle} – {networkName}',
		'mail.seatOffered.offered': 'Na „{eventTitle}” zwolniło się miejsce. Rezerwujemy je dla Ciebie do {until}.',
		'mail.seatOffered.next':
			'Przyjmij miejsce, korzystając z linku. Po upływie terminu przejdzie ono na kolejną osobę z listy oczekujących.',
		'mail.seatOffered.action': 'Przyjmij miejsce',
		'mail.seatPromoted.subject': 'Masz miejsce: {eventTitle} – {networkName}',
		'mail.seatPromoted.promoted':
			'Dobra wiadomość: na „{eventTitle}” zwolniło się miejsce. Twoje zgłoszenie przeszło z listy oczekujących i zostało przyjęte.',
		'mail.registrationCancelled.subject': 'Rezygnacja potwierdzona: {eventTitle} – {networkName}',
		'mail.registrationCancelled.cancelled': 'Twoje zgłoszenie na „{eventTitle}” zostało anulowane.',
		'mail.registrationCancelled.again': 'Chcesz jednak wziąć udział? Zgłoś się ponownie: {link}',
		'mail.registrationCancelled.calendar':
			'Za pomocą załączonego pliku kalendarza usuniesz te terminy ze swojego kalendarza.',
		'mail.registrationUpdated.subject': 'Zmiana terminu lub miejsca: {eventTitle} – {networkName}',
		'mail.registrationUpdated.changed':
			'Termin lub miejsce wydarzenia „{eventTitle}” uległy zmianie. Aktualne terminy:',
		'mail.registrationUpdated.calendar': 'Załączony plik kalendarza zaktualizuje wpis w Twoim kalendarzu.'
	},
	fa: {
		'mail.greetingName': 'سلام {name}،',
		'mail.footer': 'این ایمیل به‌طور خودکار ارسال شده است.',
		'mail.buttonFallback': 'اگر دکمه کار نمی‌کند: {link}',
		'mail.event.session': '• {day}، {from}–{to}',
		'mail.event.sessionPlace': '  {place}',
		'mail.event.sessionOnline': '  آنلاین: {url}',
		'mail.event.dates': 'تاریخ‌ها:\n{sessions}',
		'mail.event.persons': 'ثبت‌نام‌شده: {persons, plural, one {# نفر} other {# نفر}}',
		'mail.event.personalLink':
			'با لینک شخصی خود می‌توانید ثبت‌نامتان را ببینید و در صورت نیاز آن را لغو کنید. لطفاً آن را در اختیار دیگران قرار ندهید.',
		'mail.event.linkAction': 'مشاهده ثبت‌نام من',
		'mail.event.calendarAttached': 'تاریخ‌ها به‌صورت فایل تقویم (.ics) پیوست شده‌اند.',
		'mail.event.contact': 'پرسش درباره رویداد: {contact}',
		'mail.registrationConfirmed.subject': 'ثبت‌نام تأیید شد: {eventTitle} – {networkName}',
		'mail.registrationConfirmed.confirmed': 'سپاسگزاریم! ثبت‌نام شما برای «{eventTitle}» انجام شد.',
		'mail.registrationWaiting.subject': 'فهرست انتظار: {eventTitle} – {networkName}',
		'mail.registrationWaiting.waiting':
			'از ثبت‌نام شما برای «{eventTitle}» سپاسگزاریم. ظرفیت این رویداد در حال حاضر تکمیل است. شما نفر {position} در فهرست انتظار هستید.',
		'mail.registrationWaiting.next': 'به محض اینکه جایی برای شما خالی شود، ایمیلی دریافت می‌کنید.',
		'mail.seatOffered.subject': 'یک جا خالی شد: {eventTitle} – {networkName}',
		'mail.seatOffered.offered': 'برای «{eventTitle}» یک جا خالی شده است. این جا را تا {until} برای شما نگه می‌داریم.',
		'mail.seatOffered.next':
			'لطفاً جا را از طریق لینک بپذیرید. پس از پایان مهلت، جا به نفر بعدی در فهرست انتظار می‌رسد.',
		'mail.seatOffered.action': 'پذیرفتن جا',
		'mail.seatPromoted.subject': 'یک جا برای شما: {eventTitle} – {networkName}',
		'mail.seatPromoted.promoted':
			'خبر خوب: برای «{eventTitle}» یک جا خالی شد. شما از فهرست انتظار جلو آمدید و اکنون ثبت‌نام شده‌اید.',
		'mail.registrationCancelled.subject': 'لغو ثبت‌نام تأیید شد: {eventTitle} – {networkName}',
		'mail.registrationCancelled.cancelled': 'ثبت‌نام شما برای «{eventTitle}» لغو شد.',
		'mail.registrationCancelled.again': 'با این حال مایل به شرکت هستید؟ لطفاً دوباره ثبت‌نام کنید: {link}',
		'mail.registrationCancelled.calendar': 'با فایل تقویم پیوست، تاریخ‌ها را از تقویم خود حذف می‌کنید.',
		'mail.registrationUpdated.subject': 'تغییر زمان یا مکان: {eventTitle} – {networkName}',
		'mail.registrationUpdated.changed': 'زمان یا مکان «{eventTitle}» تغییر کرده است. تاریخ‌های کنونی:',
		'mail.registrationUpdated.calendar': 'فایل تقویم پیوست، رویداد را در تقویم شما به‌روز می‌کند.'
	}
};
