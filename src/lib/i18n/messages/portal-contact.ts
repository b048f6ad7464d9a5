import type { PortalPart } from './portal-part';

/**
 * Portal texts of "Bitte um Kontakt" on an offer page (issue 16, item 1) in every language: the
 * form, its messages and the answer after sending. The internal list's texts are German only
 * (`internal-contact-de.ts`).
 */
const de = {
	'contact.link': 'Um Kontakt bitten',
	'contact.title': 'Bitte um Kontakt',
	'contact.intro':
		'Sie möchten, dass sich {provider} bei Ihnen meldet? Schreiben Sie hier, wie man Sie erreicht. Ein Konto brauchen Sie nicht.',
	'contact.name': 'Name oder Vorname',
	'contact.phone': 'Telefon',
	'contact.email': 'E-Mail-Adresse',
	'contact.reachHint': 'Bitte geben Sie eine Telefonnummer oder eine E-Mail-Adresse an – eins von beiden reicht.',
	'contact.language': 'In welcher Sprache möchten Sie angesprochen werden?',
	'contact.bestTime': 'Wann erreicht man Sie am besten? (freiwillig)',
	'contact.bestTimeHint': 'Zum Beispiel: vormittags, nach 16 Uhr, nicht am Wochenende',
	'contact.message': 'Kurze Nachricht (freiwillig)',
	'contact.messageHint':
		'Höchstens 300 Zeichen. Bitte schreiben Sie hier nichts über Gesundheit, Krankheiten oder Ihre persönliche Lage – das besprechen Sie besser im Gespräch.',
	'contact.consentTitle': 'Einwilligung',
	'contact.consentText':
		'Ich bin einverstanden, dass {network} meine Angaben speichert und an {provider} weitergibt, damit man sich bei mir meldet. Ich kann das jederzeit widerrufen.',
	'contact.consent': 'Ich bin einverstanden.',
	'contact.retention':
		'Ihre Anfrage wird nach {openDays} Tagen gelöscht – schon {doneDays} Tage, nachdem sich jemand darum gekümmert hat, wenn das früher ist.',
	'contact.privacyLink': 'Datenschutzhinweise',
	'contact.honeypot': 'Bitte dieses Feld leer lassen',
	'contact.submit': 'Bitte um Kontakt senden',
	'contact.form.nameRequired': 'Bitte geben Sie Ihren Namen oder Vornamen an.',
	'contact.form.reachRequired': 'Bitte geben Sie eine Telefonnummer oder eine E-Mail-Adresse an.',
	'contact.form.emailInvalid': 'Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@example.org.',
	'contact.form.phoneInvalid': 'Bitte geben Sie eine Telefonnummer nur aus Ziffern an, zum Beispiel 0221 4710 123.',
	'contact.form.messageTooLong': 'Ihre Nachricht ist zu lang. Bitte schreiben Sie höchstens 300 Zeichen.',
	'contact.form.tooLong': 'Dieser Text ist zu lang.',
	'contact.form.chooseLanguage': 'Bitte wählen Sie eine der Sprachen.',
	'contact.form.consentRequired': 'Bitte stimmen Sie zu, damit wir Ihre Anfrage weitergeben können.',
	'contact.form.rejected':
		'Ihre Anfrage konnte nicht angenommen werden. Bitte versuchen Sie es noch einmal oder rufen Sie an.',
	'contact.form.rateLimited':
		'Von Ihrem Anschluss kamen in der letzten Stunde sehr viele Anfragen. Bitte versuchen Sie es später noch einmal oder rufen Sie direkt an.',
	'contact.answer.title': 'Ihre Bitte um Kontakt ist angekommen.',
	'contact.answer.next':
		'{provider} bekommt jetzt eine Nachricht – ohne Ihre Angaben – und meldet sich bei Ihnen zu der Zeit, die Sie angegeben haben, wenn möglich in Ihrer Sprache.',
	'contact.answer.byWhen':
		'Meist dauert das wenige Werktage. Hat sich bis zum {date} niemand gemeldet, rufen Sie bitte direkt an oder schreiben Sie eine E-Mail (Kontakt auf dieser Seite).',
	'contact.answer.deleted': 'Ihre Anfrage wird spätestens am {date} automatisch gelöscht.',
	'contact.answer.another': 'Noch eine Bitte um Kontakt senden'
} as const;

export const portalContact: PortalPart<keyof typeof de> = {
	de,
	leicht: {
		'contact.link': 'Um Anruf bitten',
		'contact.title': 'Bitte rufen Sie mich an',
		'contact.intro':
			'Sie möchten: {provider} meldet sich bei Ihnen. Dann schreiben Sie hier: So kann man Sie erreichen. Sie brauchen kein Konto.',
		'contact.name': 'Ihr Name oder Ihr Vor-Name',
		'contact.phone': 'Telefon',
		'contact.email': 'E-Mail-Adresse',
		'contact.reachHint': 'Schreiben Sie eine Telefon-Nummer oder eine E-Mail-Adresse. Eins davon reicht.',
		'contact.language': 'In welcher Sprache sollen wir mit Ihnen sprechen?',
		'contact.bestTime': 'Wann können wir Sie gut erreichen? (müssen Sie nicht angeben)',
		'contact.bestTimeHint': 'Zum Beispiel: am Vormittag. Oder: nach 16 Uhr.',
		'contact.message': 'Kurze Nachricht (müssen Sie nicht angeben)',
		'contact.messageHint':
			'Höchstens 300 Zeichen. Bitte schreiben Sie hier nichts über Krankheiten. Und nichts über Ihre Probleme. Darüber sprechen wir lieber am Telefon.',
		'contact.consentTitle': 'Sind Sie einverstanden?',
		'contact.consentText':
			'{network} speichert Ihre Angaben. Und gibt sie an {provider} weiter. Dann kann man Sie anrufen oder Ihnen schreiben. Sie können jederzeit sagen: Ich will das nicht mehr.',
		'contact.consent': 'Ich bin einverstanden.',
		'contact.retention':
			'Nach {openDays} Tagen löschen wir Ihre Anfrage. Wenn sich schon jemand gemeldet hat: nach {doneDays} Tagen.',
		'contact.privacyLink': 'Informationen zum Daten-Schutz',
		'contact.honeypot': 'Bitte dieses Feld leer lassen',
		'contact.submit': 'Bitte um Anruf senden',
		'contact.form.nameRequired': 'Bitte schreiben Sie Ihren Namen.',
		'contact.form.reachRequired': 'Bitte schreiben Sie eine Telefon-Nummer oder eine E-Mail-Adresse.',
		'contact.form.emailInvalid':
			'Diese E-Mail-Adresse stimmt nicht. So sieht eine E-Mail-Adresse aus: name@example.org',
		'contact.form.phoneInvalid': 'Bitte schreiben Sie die Telefon-Nummer nur mit Zahlen. Zum Beispiel: 0221 4710 123',
		'contact.form.messageTooLong': 'Die Nachricht ist zu lang. Bitte schreiben Sie höchstens 300 Zeichen.',
		'contact.form.tooLong': 'Der Text ist zu lang.',
		'contact.form.chooseLanguage': 'Bitte wählen Sie eine Sprache.',
		'contact.form.consentRequired': 'Bitte kreuzen Sie an: Ich bin einverstanden.',
		'contact.form.rejected': 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal. Oder rufen Sie an.',
		'contact.form.rateLimited':
			'Von Ihrem Anschluss kamen gerade sehr viele Anfragen. Bitte versuchen Sie es später noch einmal. Oder rufen Sie an.',
		'contact.answer.title': 'Ihre Bitte um Anruf ist angekommen.',
		'contact.answer.next':
			'{provider} bekommt jetzt eine Nachricht. Darin stehen Ihre Angaben nicht. {provider} meldet sich bei Ihnen. Zu der Zeit, die Sie geschrieben haben.',
		'contact.answer.byWhen':
			'Das dauert meist nur ein paar Tage. Hat sich bis zum {date} niemand gemeldet? Dann rufen Sie bitte selbst an. Die Nummer steht auf dieser Seite.',
		'contact.answer.deleted': 'Am {date} löschen wir Ihre Anfrage. Das passiert von selbst.',
		'contact.answer.another': 'Noch eine Bitte um Anruf senden'
	},
	en: {
		'contact.link': 'Ask to be contacted',
		'contact.title': 'Please contact me',
		'contact.intro':
			'Would you like {provider} to get in touch with you? Tell us how to reach you. You do not need an account.',
		'contact.name': 'Name or first name',
		'contact.phone': 'Phone',
		'contact.email': 'E-mail address',
		'contact.reachHint': 'Please give a phone number or an e-mail address – one of them is enough.',
		'contact.language': 'Which language would you like to be spoken to in?',
		'contact.bestTime': 'When is the best time to reach you? (optional)',
		'contact.bestTimeHint': 'For example: mornings, after 4 pm, not at weekends',
		'contact.message': 'Short message (optional)',
		'contact.messageHint':
			'At most 300 characters. Please do not write anything about health, illnesses or your personal situation here – that is better discussed in person.',
		'contact.consentTitle': 'Consent',
		'contact.consentText':
			'I agree that {network} stores my details and passes them on to {provider} so that they can get in touch with me. I can withdraw this at any time.',
		'contact.consent': 'I agree.',
		'contact.retention':
			'Your request will be deleted after {openDays} days – or {doneDays} days after someone has dealt with it, if that is sooner.',
		'contact.privacyLink': 'Privacy notice',
		'contact.honeypot': 'Please leave this field empty',
		'contact.submit': 'Send request',
		'contact.form.nameRequired': 'Please enter your name or first name.',
		'contact.form.reachRequired': 'Please enter a phone number or an e-mail address.',
		'contact.form.emailInvalid': 'Please enter a valid e-mail address, for example name@example.org.',
		'contact.form.phoneInvalid': 'Please enter a phone number using digits only, for example 0221 4710 123.',
		'contact.form.messageTooLong': 'Your message is too long. Please write at most 300 characters.',
		'contact.form.tooLong': 'This text is too long.',
		'contact.form.chooseLanguage': 'Please choose one of the languages.',
		'contact.form.consentRequired': 'Please agree so that we can pass on your request.',
		'contact.form.rejected': 'Your request could not be accepted. Please try again or call.',
		'contact.form.rateLimited':
			'Very many requests have come from your connection in the last hour. Please try again later or call directly.',
		'contact.answer.title': 'Your request has arrived.',
		'contact.answer.next':
			'{provider} is now being notified – without your details – and will get in touch with you at the time you gave, in your language if possible.',
		'contact.answer.byWhen':
			'This usually takes a few working days. If nobody has been in touch by {date}, please call or write an e-mail directly (contact details on this page).',
		'contact.answer.deleted': 'Your request will be deleted automatically on {date} at the latest.',
		'contact.answer.another': 'Send another request'
	},
	tr: {
		'contact.link': 'Sizinle iletişime geçilmesini isteyin',
		'contact.title': 'İletişim talebi',
		'contact.intro':
			'{provider} sizinle iletişime geçsin mi? Size nasıl ulaşılabileceğini buraya yazın. Hesap açmanıza gerek yok.',
		'contact.name': 'Adınız veya ön adınız',
		'contact.phone': 'Telefon',
		'contact.email': 'E-posta adresi',
		'contact.reachHint': 'Lütfen bir telefon numarası veya bir e-posta adresi yazın – biri yeterlidir.',
		'contact.language': 'Sizinle hangi dilde konuşulmasını istersiniz?',
		'contact.bestTime': 'Size en iyi ne zaman ulaşılabilir? (isteğe bağlı)',
		'contact.bestTimeHint': 'Örneğin: sabahları, saat 16’dan sonra, hafta sonu değil',
		'contact.message': 'Kısa mesaj (isteğe bağlı)',
		'contact.messageHint':
			'En fazla 300 karakter. Lütfen buraya sağlık, hastalıklar veya kişisel durumunuz hakkında bir şey yazmayın – bunları görüşmede konuşmak daha iyidir.',
		'contact.consentTitle': 'Onay',
		'contact.consentText':
			'{network} bilgilerimi kaydetmesini ve benimle iletişime geçilebilmesi için {provider} ile paylaşmasını kabul ediyorum. Bu onayı istediğim zaman geri alabilirim.',
		'contact.consent': 'Kabul ediyorum.',
		'contact.retention':
			'Talebiniz {openDays} gün sonra silinir – biri ilgilendikten {doneDays} gün sonra, bu daha erkense.',
		'contact.privacyLink': 'Veri koruma bilgileri',
		'contact.honeypot': 'Lütfen bu alanı boş bırakın',
		'contact.submit': 'İletişim talebini gönder',
		'contact.form.nameRequired': 'Lütfen adınızı veya ön adınızı yazın.',
		'contact.form.reachRequired': 'Lütfen bir telefon numarası veya bir e-posta adresi yazın.',
		'contact.form.emailInvalid': 'Lütfen geçerli bir e-posta adresi yazın, örneğin name@example.org.',
		'contact.form.phoneInvalid': 'Lütfen telefon numarasını yalnızca rakamlarla yazın, örneğin 0221 4710 123.',
		'contact.form.messageTooLong': 'Mesajınız çok uzun. Lütfen en fazla 300 karakter yazın.',
		'contact.form.tooLong': 'Bu metin çok uzun.',
		'contact.form.chooseLanguage': 'Lütfen dillerden birini seçin.',
		'contact.form.consentRequired': 'Talebinizi iletebilmemiz için lütfen onay verin.',
		'contact.form.rejected': 'Talebiniz kabul edilemedi. Lütfen tekrar deneyin veya telefonla arayın.',
		'contact.form.rateLimited':
			'Son bir saatte bağlantınızdan çok fazla talep geldi. Lütfen daha sonra tekrar deneyin veya doğrudan arayın.',
		'contact.answer.title': 'İletişim talebiniz bize ulaştı.',
		'contact.answer.next':
			'{provider} şimdi bir bildirim alıyor – bilgileriniz olmadan – ve belirttiğiniz saatte, mümkünse sizin dilinizde sizinle iletişime geçecek.',
		'contact.answer.byWhen':
			'Bu genellikle birkaç iş günü sürer. {date} tarihine kadar kimse size ulaşmazsa lütfen doğrudan arayın veya e-posta yazın (iletişim bilgileri bu sayfada).',
		'contact.answer.deleted': 'Talebiniz en geç {date} tarihinde otomatik olarak silinecek.',
		'contact.answer.another': 'Yeni bir iletişim talebi gönder'
	},
	ar: {
		'contact.link': 'اطلب أن يتم التواصل معك',
		'contact.title': 'طلب تواصل',
		'contact.intro': 'هل تريد أن يتواصل معك {provider}؟ اكتب هنا كيف يمكن الوصول إليك. لا تحتاج إلى حساب.',
		'contact.name': 'الاسم أو الاسم الأول',
		'contact.phone': 'الهاتف',
		'contact.email': 'عنوان البريد الإلكتروني',
		'contact.reachHint': 'يرجى كتابة رقم هاتف أو عنوان بريد إلكتروني – يكفي أحدهما.',
		'contact.language': 'بأي لغة تريد أن نتحدث معك؟',
		'contact.bestTime': 'ما هو أفضل وقت للوصول إليك؟ (اختياري)',
		'contact.bestTimeHint': 'مثلاً: في الصباح، بعد الساعة 16، ليس في عطلة نهاية الأسبوع',
		'contact.message': 'رسالة قصيرة (اختياري)',
		'contact.messageHint':
			'300 حرف على الأكثر. يرجى عدم كتابة أي شيء هنا عن الصحة أو الأمراض أو وضعك الشخصي – من الأفضل الحديث عن ذلك في المحادثة.',
		'contact.consentTitle': 'الموافقة',
		'contact.consentText':
			'أوافق على أن يحفظ {network} بياناتي ويرسلها إلى {provider} ليتم التواصل معي. يمكنني سحب هذه الموافقة في أي وقت.',
		'contact.consent': 'أوافق.',
		'contact.retention': 'سيتم حذف طلبك بعد {openDays} يومًا – أو بعد {doneDays} أيام من معالجته، إذا كان ذلك أسبق.',
		'contact.privacyLink': 'معلومات حماية البيانات',
		'contact.honeypot': 'يرجى ترك هذا الحقل فارغًا',
		'contact.submit': 'إرسال طلب التواصل',
		'contact.form.nameRequired': 'يرجى كتابة اسمك أو اسمك الأول.',
		'contact.form.reachRequired': 'يرجى كتابة رقم هاتف أو عنوان بريد إلكتروني.',
		'contact.form.emailInvalid': 'يرجى كتابة عنوان بريد إلكتروني صحيح، مثلاً name@example.org.',
		'contact.form.phoneInvalid': 'يرجى كتابة رقم الهاتف بالأرقام فقط، مثلاً 0221 4710 123.',
		'contact.form.messageTooLong': 'رسالتك طويلة جدًا. يرجى كتابة 300 حرف على الأكثر.',
		'contact.form.tooLong': 'هذا النص طويل جدًا.',
		'contact.form.chooseLanguage': 'يرجى اختيار إحدى اللغات.',
		'contact.form.consentRequired': 'يرجى الموافقة حتى نتمكن من إرسال طلبك.',
		'contact.form.rejected': 'تعذّر قبول طلبك. يرجى المحاولة مرة أخرى أو الاتصال هاتفيًا.',
		'contact.form.rateLimited':
			'وصلت من اتصالك طلبات كثيرة جدًا في الساعة الأخيرة. يرجى المحاولة لاحقًا أو الاتصال مباشرة.',
		'contact.answer.title': 'وصل طلب التواصل الخاص بك.',
		'contact.answer.next':
			'سيتلقى {provider} الآن إشعارًا – بدون بياناتك – وسيتواصل معك في الوقت الذي ذكرته، وبلغتك إن أمكن.',
		'contact.answer.byWhen':
			'يستغرق ذلك عادةً بضعة أيام عمل. إذا لم يتواصل معك أحد حتى {date}، يرجى الاتصال مباشرة أو كتابة بريد إلكتروني (بيانات التواصل في هذه الصفحة).',
		'contact.answer.deleted': 'سيتم حذف طلبك تلقائيًا في موعد أقصاه {date}.',
		'contact.answer.another': 'إرسال طلب تواصل آخر'
	},
	ru: {
		'contact.link': 'Попросить связаться со мной',
		'contact.title': 'Просьба связаться',
		'contact.intro':
			'Хотите, чтобы {provider} связались с вами? Напишите здесь, как с вами связаться. Учётная запись не нужна.',
		'contact.name': 'Имя или фамилия',
		'contact.phone': 'Телефон',
		'contact.email': 'Адрес электронной почты',
		'contact.reachHint': 'Пожалуйста, укажите номер телефона или адрес электронной почты – достаточно одного.',
		'contact.language': 'На каком языке с вами лучше говорить?',
		'contact.bestTime': 'Когда с вами лучше связаться? (по желанию)',
		'contact.bestTimeHint': 'Например: утром, после 16 часов, не в выходные',
		'contact.message': 'Короткое сообщение (по желанию)',
		'contact.messageHint':
			'Не более 300 знаков. Пожалуйста, не пишите здесь ничего о здоровье, болезнях или вашей личной ситуации – это лучше обсудить в разговоре.',
		'contact.consentTitle': 'Согласие',
		'contact.consentText':
			'Я согласен(-на), чтобы {network} сохранила мои данные и передала их {provider}, чтобы со мной связались. Я могу отозвать согласие в любое время.',
		'contact.consent': 'Я согласен(-на).',
		'contact.retention':
			'Ваша просьба будет удалена через {openDays} дней – или через {doneDays} дней после того, как ею занялись, если это раньше.',
		'contact.privacyLink': 'Информация о защите данных',
		'contact.honeypot': 'Пожалуйста, оставьте это поле пустым',
		'contact.submit': 'Отправить просьбу',
		'contact.form.nameRequired': 'Пожалуйста, укажите ваше имя.',
		'contact.form.reachRequired': 'Пожалуйста, укажите номер телефона или адрес электронной почты.',
		'contact.form.emailInvalid': 'Пожалуйста, укажите правильный адрес электронной почты, например name@example.org.',
		'contact.form.phoneInvalid': 'Пожалуйста, укажите номер телефона только цифрами, например 0221 4710 123.',
		'contact.form.messageTooLong': 'Сообщение слишком длинное. Пожалуйста, не более 300 знаков.',
		'contact.form.tooLong': 'Этот текст слишком длинный.',
		'contact.form.chooseLanguage': 'Пожалуйста, выберите один из языков.',
		'contact.form.consentRequired': 'Пожалуйста, дайте согласие, чтобы мы могли передать вашу просьбу.',
		'contact.form.rejected': 'Не удалось принять вашу просьбу. Пожалуйста, попробуйте ещё раз или позвоните.',
		'contact.form.rateLimited':
			'За последний час с вашего подключения пришло очень много запросов. Пожалуйста, попробуйте позже или позвоните напрямую.',
		'contact.answer.title': 'Ваша просьба получена.',
		'contact.answer.next':
			'{provider} сейчас получит уведомление – без ваших данных – и свяжется с вами в указанное время, по возможности на вашем языке.',
		'contact.answer.byWhen':
			'Обычно это занимает несколько рабочих дней. Если до {date} с вами никто не связался, пожалуйста, позвоните или напишите напрямую (контакты на этой странице).',
		'contact.answer.deleted': 'Ваша просьба будет автоматически удалена не позднее {date}.',
		'contact.answer.another': 'Отправить ещё одну просьбу'
	},
	uk: {
		'contact.link': 'Попросити зв’язатися зі мною',
		'contact.title': 'Прохання зв’язатися',
		'contact.intro':
			'Бажаєте, щоб {provider} зв’язалися з вами? Напишіть тут, як з вами зв’язатися. Обліковий запис не потрібен.',
		'contact.name': 'Ім’я або прізвище',
		'contact.phone': 'Телефон',
		'contact.email': 'Адреса електронної пошти',
		'contact.reachHint': 'Будь ласка, вкажіть номер телефону або адресу електронної пошти – достатньо одного.',
		'contact.language': 'Якою мовою з вами краще говорити?',
		'contact.bestTime': 'Коли з вами найкраще зв’язатися? (за бажанням)',
		'contact.bestTimeHint': 'Наприклад: уранці, після 16 години, не у вихідні',
		'contact.message': 'Коротке повідомлення (за бажанням)',
		'contact.messageHint':
			'Не більше 300 знаків. Будь ласка, не пишіть тут нічого про здоров’я, хвороби чи вашу особисту ситуацію – це краще обговорити в розмові.',
		'contact.consentTitle': 'Згода',
		'contact.consentText':
			'Я погоджуюся, щоб {network} зберегла мої дані й передала їх {provider}, щоб зі мною зв’язалися. Я можу відкликати згоду будь-коли.',
		'contact.consent': 'Я погоджуюся.',
		'contact.retention':
			'Ваше прохання буде видалено через {openDays} днів – або через {doneDays} днів після того, як ним займуться, якщо це раніше.',
		'contact.privacyLink': 'Інформація про захист даних',
		'contact.honeypot': 'Будь ласка, залиште це поле порожнім',
		'contact.submit': 'Надіслати прохання',
		'contact.form.nameRequired': 'Будь ласка, вкажіть ваше ім’я.',
		'contact.form.reachRequired': 'Будь ласка, вкажіть номер телефону або адресу електронної пошти.',
		'contact.form.emailInvalid': 'Будь ласка, вкажіть правильну адресу електронної пошти, наприклад name@example.org.',
		'contact.form.phoneInvalid': 'Будь ласка, вкажіть номер телефону лише цифрами, наприклад 0221 4710 123.',
		'contact.form.messageTooLong': 'Повідомлення задовге. Будь ласка, не більше 300 знаків.',
		'contact.form.tooLong': 'Цей текст задовгий.',
		'contact.form.chooseLanguage': 'Будь ласка, виберіть одну з мов.',
		'contact.form.consentRequired': 'Будь ласка, дайте згоду, щоб ми могли передати ваше прохання.',
		'contact.form.rejected': 'Не вдалося прийняти ваше прохання. Будь ласка, спробуйте ще раз або зателефонуйте.',
		'contact.form.rateLimited':
			'За останню годину з вашого підключення надійшло дуже багато запитів. Будь ласка, спробуйте пізніше або зателефонуйте напряму.',
		'contact.answer.title': 'Ваше прохання отримано.',
		'contact.answer.next':
			'{provider} зараз отримає повідомлення – без ваших даних – і зв’яжеться з вами у вказаний час, за можливості вашою мовою.',
		'contact.answer.byWhen':
			'Зазвичай це триває кілька робочих днів. Якщо до {date} з вами ніхто не зв’язався, будь ласка, зателефонуйте або напишіть напряму (контакти на цій сторінці).',
		'contact.answer.deleted': 'Ваше прохання буде автоматично видалено не пізніше {date}.',
		'contact.answer.another': 'Надіслати ще одне прохання'
	},
	pl: {
		'contact.link': 'Poproś o kontakt',
		'contact.title': 'Prośba o kontakt',
		'contact.intro':
			'Chcesz, aby {provider} skontaktował się z Tobą? Napisz tutaj, jak można się z Tobą skontaktować. Konto nie jest potrzebne.',
		'contact.name': 'Imię lub nazwisko',
		'contact.phone': 'Telefon',
		'contact.email': 'Adres e-mail',
		'contact.reachHint': 'Podaj numer telefonu lub adres e-mail – wystarczy jedno z nich.',
		'contact.language': 'W jakim języku mamy z Tobą rozmawiać?',
		'contact.bestTime': 'Kiedy najlepiej się z Tobą skontaktować? (opcjonalnie)',
		'contact.bestTimeHint': 'Na przykład: rano, po godzinie 16, nie w weekend',
		'contact.message': 'Krótka wiadomość (opcjonalnie)',
		'contact.messageHint':
			'Najwyżej 300 znaków. Prosimy nie pisać tu nic o zdrowiu, chorobach ani swojej sytuacji osobistej – lepiej omówić to w rozmowie.',
		'contact.consentTitle': 'Zgoda',
		'contact.consentText':
			'Zgadzam się, aby {network} zapisał moje dane i przekazał je {provider}, aby ktoś się ze mną skontaktował. Mogę w każdej chwili wycofać zgodę.',
		'contact.consent': 'Zgadzam się.',
		'contact.retention':
			'Twoja prośba zostanie usunięta po {openDays} dniach – albo {doneDays} dni po jej załatwieniu, jeśli to nastąpi wcześniej.',
		'contact.privacyLink': 'Informacje o ochronie danych',
		'contact.honeypot': 'Prosimy pozostawić to pole puste',
		'contact.submit': 'Wyślij prośbę o kontakt',
		'contact.form.nameRequired': 'Podaj swoje imię lub nazwisko.',
		'contact.form.reachRequired': 'Podaj numer telefonu lub adres e-mail.',
		'contact.form.emailInvalid': 'Podaj prawidłowy adres e-mail, na przykład name@example.org.',
		'contact.form.phoneInvalid': 'Podaj numer telefonu tylko cyframi, na przykład 0221 4710 123.',
		'contact.form.messageTooLong': 'Wiadomość jest za długa. Napisz najwyżej 300 znaków.',
		'contact.form.tooLong': 'Ten tekst jest za długi.',
		'contact.form.chooseLanguage': 'Wybierz jeden z języków.',
		'contact.form.consentRequired': 'Wyraź zgodę, abyśmy mogli przekazać Twoją prośbę.',
		'contact.form.rejected': 'Nie udało się przyjąć Twojej prośby. Spróbuj ponownie lub zadzwoń.',
		'contact.form.rateLimited':
			'W ciągu ostatniej godziny z Twojego połączenia przyszło bardzo wiele próśb. Spróbuj później lub zadzwoń bezpośrednio.',
		'contact.answer.title': 'Twoja prośba o kontakt dotarła.',
		'contact.answer.next':
			'{provider} otrzymuje teraz powiadomienie – bez Twoich danych – i skontaktuje się z Tobą w podanym czasie, w miarę możliwości w Twoim języku.',
		'contact.answer.byWhen':
			'Zwykle trwa to kilka dni roboczych. Jeśli do {date} nikt się nie odezwie, zadzwoń lub napisz e-mail bezpośrednio (dane kontaktowe na tej stronie).',
		'contact.answer.deleted': 'Twoja prośba zostanie automatycznie usunięta najpóźniej {date}.',
		'contact.answer.another': 'Wyślij kolejną prośbę o kontakt'
	},
	fa: {
		'contact.link': 'درخواست تماس',
		'contact.title': 'درخواست تماس',
		'contact.intro':
			'می‌خواهید {provider} با شما تماس بگیرد؟ اینجا بنویسید چطور می‌توان با شما تماس گرفت. به حساب کاربری نیازی نیست.',
		'contact.name': 'نام یا نام کوچک',
		'contact.phone': 'تلفن',
		'contact.email': 'نشانی ایمیل',
		'contact.reachHint': 'لطفاً یک شماره تلفن یا یک نشانی ایمیل بنویسید – یکی از آن‌ها کافی است.',
		'contact.language': 'دوست دارید به چه زبانی با شما صحبت شود؟',
		'contact.bestTime': 'بهترین زمان برای تماس با شما چه وقتی است؟ (اختیاری)',
		'contact.bestTimeHint': 'برای مثال: صبح‌ها، بعد از ساعت ۱۶، نه در آخر هفته',
		'contact.message': 'پیام کوتاه (اختیاری)',
		'contact.messageHint':
			'حداکثر ۳۰۰ نویسه. لطفاً اینجا چیزی درباره سلامتی، بیماری‌ها یا وضعیت شخصی خود ننویسید – بهتر است این‌ها را در گفت‌وگو مطرح کنید.',
		'contact.consentTitle': 'رضایت',
		'contact.consentText':
			'موافقم که {network} اطلاعات مرا ذخیره کند و به {provider} بدهد تا با من تماس بگیرند. می‌توانم هر زمان این رضایت را پس بگیرم.',
		'contact.consent': 'موافقم.',
		'contact.retention':
			'درخواست شما پس از {openDays} روز پاک می‌شود – یا {doneDays} روز پس از رسیدگی، اگر زودتر باشد.',
		'contact.privacyLink': 'اطلاعات حفاظت از داده‌ها',
		'contact.honeypot': 'لطفاً این فیلد را خالی بگذارید',
		'contact.submit': 'فرستادن درخواست تماس',
		'contact.form.nameRequired': 'لطفاً نام یا نام کوچک خود را بنویسید.',
		'contact.form.reachRequired': 'لطفاً یک شماره تلفن یا یک نشانی ایمیل بنویسید.',
		'contact.form.emailInvalid': 'لطفاً یک نشانی ایمیل معتبر بنویسید، برای مثال name@example.org.',
		'contact.form.phoneInvalid': 'لطفاً شماره تلفن را فقط با رقم بنویسید، برای مثال 0221 4710 123.',
		'contact.form.messageTooLong': 'پیام شما خیلی طولانی است. لطفاً حداکثر ۳۰۰ نویسه بنویسید.',
		'contact.form.tooLong': 'این متن خیلی طولانی است.',
		'contact.form.chooseLanguage': 'لطفاً یکی از زبان‌ها را انتخاب کنید.',
		'contact.form.consentRequired': 'لطفاً موافقت کنید تا بتوانیم درخواست شما را بفرستیم.',
		'contact.form.rejected': 'درخواست شما پذیرفته نشد. لطفاً دوباره امتحان کنید یا تلفن بزنید.',
		'contact.form.rateLimited':
			'در یک ساعت گذشته درخواست‌های بسیار زیادی از اتصال شما آمده است. لطفاً بعداً دوباره امتحان کنید یا مستقیم تلفن بزنید.',
		'contact.answer.title': 'درخواست تماس شما رسید.',
		'contact.answer.next':
			'{provider} اکنون یک اطلاعیه دریافت می‌کند – بدون اطلاعات شما – و در زمانی که گفته‌اید، در صورت امکان به زبان شما، با شما تماس می‌گیرد.',
		'contact.answer.byWhen':
			'این کار معمولاً چند روز کاری طول می‌کشد. اگر تا {date} کسی با شما تماس نگرفت، لطفاً مستقیم تلفن بزنید یا ایمیل بنویسید (اطلاعات تماس در همین صفحه).',
		'contact.answer.deleted': 'درخواست شما حداکثر تا {date} به طور خودکار پاک می‌شود.',
		'contact.answer.another': 'فرستادن درخواست تماس دیگر'
	}
};
