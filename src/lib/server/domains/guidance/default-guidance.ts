import type { GuidanceStage, GuidanceText } from '$lib/server/db/schema';

export type DefaultCard = {
	lifeStage: GuidanceStage;
	title: string;
	text: string;
	query: string;
	translations: Record<string, GuidanceText>;
};

type Texts = Record<'leicht' | 'en' | 'tr' | 'ar' | 'fa' | 'ru' | 'uk' | 'pl', [string, string]>;

function card(lifeStage: GuidanceStage, query: string, de: [string, string], texts: Texts): DefaultCard {
	return {
		lifeStage,
		title: de[0],
		text: de[1],
		query,
		translations: Object.fromEntries(Object.entries(texts).map(([l, [title, text]]) => [l, { title, text }]))
	};
}

/**
 * The shipped "Was jetzt wichtig ist" cards: shown while a network has none of its own and
 * copied into the network when the coordinator resets or starts editing. German plus the
 * eight other portal languages.
 */
export const DEFAULT_GUIDANCE: readonly DefaultCard[] = [
	card(
		'schwangerschaft',
		'Hebamme',
		[
			'Hebamme finden',
			'Suchen Sie früh eine Hebamme – sie begleitet Sie vor und nach der Geburt. Die Krankenkasse bezahlt.'
		],
		{
			leicht: [
				'Eine Hebamme finden',
				'Eine Hebamme hilft Ihnen. Vor der Geburt. Und nach der Geburt. Die Kranken·kasse bezahlt.'
			],
			en: [
				'Find a midwife',
				'Look for a midwife early – she supports you before and after the birth. Health insurance pays.'
			],
			tr: [
				'Ebe bulun',
				'Erkenden bir ebe arayın – doğumdan önce ve sonra size eşlik eder. Masrafları sağlık sigortası öder.'
			],
			ar: ['ابحثي عن قابلة', 'ابحثي مبكرًا عن قابلة، فهي ترافقك قبل الولادة وبعدها. التأمين الصحي يتحمل التكاليف.'],
			fa: [
				'ماما پیدا کنید',
				'زود به دنبال ماما باشید؛ او پیش و پس از زایمان همراه شماست. بیمه درمانی هزینه را می‌پردازد.'
			],
			ru: [
				'Найти акушерку',
				'Ищите акушерку заранее – она поддерживает вас до и после родов. Оплачивает больничная касса.'
			],
			uk: [
				'Знайти акушерку',
				'Шукайте акушерку заздалегідь – вона підтримує вас до і після пологів. Оплачує лікарняна каса.'
			],
			pl: ['Znajdź położną', 'Poszukaj położnej wcześnie – wspiera Cię przed porodem i po nim. Płaci kasa chorych.']
		}
	),
	card(
		'schwangerschaft',
		'Schwangerschaftsberatung',
		['Schwangerschaftsberatung', 'Beratung zu Geld, Rechten, Sorgen und Anträgen – kostenlos und auf Wunsch anonym.'],
		{
			leicht: [
				'Beratung in der Schwangerschaft',
				'Sie haben Fragen? Zu Geld oder Anträgen? Die Beratung kostet nichts. Sie müssen Ihren Namen nicht sagen.'
			],
			en: [
				'Pregnancy counselling',
				'Advice on money, rights, worries and applications – free of charge and anonymous if you wish.'
			],
			tr: [
				'Hamilelik danışmanlığı',
				'Para, haklar, endişeler ve başvurular hakkında danışmanlık – ücretsiz ve isterseniz isimsiz.'
			],
			ar: ['استشارة الحمل', 'استشارة حول المال والحقوق والمخاوف والطلبات – مجانية ودون ذكر الاسم إذا رغبت.'],
			fa: ['مشاوره بارداری', 'مشاوره درباره پول، حقوق، نگرانی‌ها و درخواست‌ها – رایگان و در صورت تمایل بدون ذکر نام.'],
			ru: [
				'Консультация для беременных',
				'Консультация о деньгах, правах, тревогах и заявлениях – бесплатно и по желанию анонимно.'
			],
			uk: [
				'Консультація для вагітних',
				'Консультація щодо грошей, прав, тривог і заяв – безкоштовно та за бажанням анонімно.'
			],
			pl: [
				'Poradnia dla kobiet w ciąży',
				'Porady w sprawie pieniędzy, praw, obaw i wniosków – bezpłatnie i na życzenie anonimowo.'
			]
		}
	),
	card(
		'schwangerschaft',
		'Elterngeld',
		['Elterngeld beantragen', 'Elterngeld gibt es nach der Geburt. Lassen Sie sich beim Antrag helfen.'],
		{
			leicht: [
				'Eltern·geld bekommen',
				'Nach der Geburt gibt es Eltern·geld. Dafür brauchen Sie einen Antrag. Jemand kann Ihnen dabei helfen.'
			],
			en: [
				'Apply for parental allowance',
				'Parental allowance (Elterngeld) is paid after the birth. Get help with the application.'
			],
			tr: ['Ebeveyn parası başvurusu', 'Doğumdan sonra ebeveyn parası (Elterngeld) ödenir. Başvuru için yardım alın.'],
			ar: ['طلب إعانة الوالدين', 'تُدفع إعانة الوالدين (Elterngeld) بعد الولادة. اطلبي المساعدة في تقديم الطلب.'],
			fa: [
				'درخواست کمک‌هزینه والدین',
				'کمک‌هزینه والدین (Elterngeld) پس از تولد پرداخت می‌شود. برای درخواست آن کمک بگیرید.'
			],
			ru: [
				'Оформить родительское пособие',
				'Родительское пособие (Elterngeld) выплачивается после родов. Вам помогут с заявлением.'
			],
			uk: [
				'Оформити батьківську допомогу',
				'Батьківська допомога (Elterngeld) виплачується після пологів. Вам допоможуть із заявою.'
			],
			pl: [
				'Złóż wniosek o zasiłek rodzicielski',
				'Zasiłek rodzicielski (Elterngeld) przysługuje po porodzie. Skorzystaj z pomocy przy wniosku.'
			]
		}
	),
	card(
		'0-1',
		'Willkommensbesuch',
		[
			'Willkommensbesuch',
			'Nach der Geburt besucht Sie jemand zu Hause, bringt Informationen mit und beantwortet Fragen.'
		],
		{
			leicht: [
				'Besuch nach der Geburt',
				'Jemand besucht Sie zu Hause. Die Person bringt Infos mit. Sie können Fragen stellen.'
			],
			en: [
				'Welcome visit',
				'After the birth someone visits you at home, brings information and answers your questions.'
			],
			tr: [
				'Hoş geldin ziyareti',
				'Doğumdan sonra biri sizi evde ziyaret eder, bilgi getirir ve sorularınızı yanıtlar.'
			],
			ar: ['زيارة الترحيب', 'بعد الولادة يزورك شخص في البيت، يحضر معلومات ويجيب عن أسئلتك.'],
			fa: ['دیدار خوشامدگویی', 'پس از تولد کسی به خانه شما می‌آید، اطلاعات می‌آورد و به پرسش‌هایتان پاسخ می‌دهد.'],
			ru: ['Приветственный визит', 'После родов к вам придут домой, принесут информацию и ответят на вопросы.'],
			uk: [
				'Вітальний візит',
				'Після пологів вас відвідають удома, принесуть інформацію та дадуть відповіді на запитання.'
			],
			pl: ['Wizyta powitalna', 'Po porodzie ktoś odwiedzi Cię w domu, przyniesie informacje i odpowie na pytania.']
		}
	),
	card(
		'0-1',
		'Kinderarzt U-Untersuchung',
		[
			'U-Untersuchungen',
			'Die Vorsorge beim Kinderarzt (U1 bis U9) ist kostenlos. Notieren Sie die Termine im gelben Heft.'
		],
		{
			leicht: [
				'Untersuchungen beim Kinder·arzt',
				'Ihr Kind wird oft untersucht. Das kostet nichts. Die Termine stehen im gelben Heft.'
			],
			en: [
				'Check-ups (U-Untersuchungen)',
				'Check-ups at the paediatrician (U1 to U9) are free. Note the dates in the yellow booklet.'
			],
			tr: [
				'Çocuk muayeneleri (U)',
				'Çocuk doktorundaki kontroller (U1–U9) ücretsizdir. Tarihleri sarı deftere not edin.'
			],
			ar: ['فحوصات الطفل (U)', 'فحوصات الوقاية عند طبيب الأطفال (U1 إلى U9) مجانية. سجّلي المواعيد في الدفتر الأصفر.'],
			fa: [
				'معاینه‌های کودک (U)',
				'معاینه‌های پیشگیری نزد پزشک کودکان (U1 تا U9) رایگان است. تاریخ‌ها را در دفترچه زرد یادداشت کنید.'
			],
			ru: ['Осмотры U1–U9', 'Профилактические осмотры у педиатра (U1–U9) бесплатны. Записывайте даты в жёлтую книжку.'],
			uk: ['Огляди U1–U9', 'Профілактичні огляди в педіатра (U1–U9) безкоштовні. Записуйте дати в жовту книжечку.'],
			pl: [
				'Badania U1–U9',
				'Badania profilaktyczne u pediatry (U1–U9) są bezpłatne. Zapisuj terminy w żółtej książeczce.'
			]
		}
	),
	card(
		'0-1',
		'Familienhebamme',
		[
			'Familienhebamme',
			'Wenn es schwer wird: Eine Familienhebamme kommt im ersten Jahr regelmäßig zu Ihnen nach Hause.'
		],
		{
			leicht: [
				'Familien·hebamme',
				'Ist es gerade schwer? Eine Familien·hebamme kommt oft zu Ihnen nach Hause. Im ersten Jahr.'
			],
			en: [
				'Family midwife',
				'When things get hard: a family midwife visits you at home regularly during the first year.'
			],
			tr: ['Aile ebesi', 'İşler zorlaştığında: Bir aile ebesi ilk yıl boyunca düzenli olarak evinize gelir.'],
			ar: ['قابلة الأسرة', 'عندما تصعب الأمور: تزورك قابلة الأسرة في البيت بانتظام خلال السنة الأولى.'],
			fa: ['ماما خانواده', 'وقتی کارها سخت می‌شود: ماما خانواده در سال اول مرتب به خانه شما می‌آید.'],
			ru: [
				'Семейная акушерка',
				'Если трудно: семейная акушерка регулярно приходит к вам домой в течение первого года.'
			],
			uk: ['Сімейна акушерка', 'Коли важко: сімейна акушерка регулярно приходить до вас додому протягом першого року.'],
			pl: ['Położna rodzinna', 'Gdy jest trudno: położna rodzinna regularnie odwiedza Cię w domu w pierwszym roku.']
		}
	),
	card(
		'1-3',
		'Kita Kindertagespflege',
		[
			'Kita oder Kindertagespflege',
			'Ab dem ersten Geburtstag hat Ihr Kind ein Recht auf einen Platz. Melden Sie es früh an.'
		],
		{
			leicht: ['Kita oder Tages·mutter', 'Ihr Kind ist 1 Jahr alt? Dann darf es in die Kita. Melden Sie es früh an.'],
			en: ['Day care or childminder', 'From the first birthday your child has a right to a place. Register early.'],
			tr: [
				'Kreş veya gündüz bakıcısı',
				'Çocuğunuzun ilk doğum gününden itibaren yer hakkı vardır. Erkenden kaydettirin.'
			],
			ar: ['الحضانة أو الرعاية النهارية', 'من عيد الميلاد الأول يحق لطفلك الحصول على مكان. سجّليه مبكرًا.'],
			fa: ['مهدکودک یا مراقبت روزانه', 'از نخستین سالگرد تولد، کودک شما حق داشتن جا دارد. زود ثبت‌نام کنید.'],
			ru: [
				'Детский сад или няня (Tagespflege)',
				'С первого дня рождения у ребёнка есть право на место. Записывайтесь заранее.'
			],
			uk: ['Садочок або денний догляд', 'З першого дня народження дитина має право на місце. Записуйтеся заздалегідь.'],
			pl: ['Żłobek lub opiekunka dzienna', 'Od pierwszych urodzin dziecko ma prawo do miejsca. Zapisz je wcześnie.']
		}
	),
	card(
		'1-3',
		'Krabbelgruppe',
		['Krabbelgruppe', 'Andere Eltern treffen, spielen, Fragen teilen – in Krabbelgruppen und Eltern-Kind-Treffs.'],
		{
			leicht: ['Krabbel·gruppe', 'Hier treffen Sie andere Eltern. Die Kinder spielen zusammen.'],
			en: [
				'Toddler group',
				'Meet other parents, play and share questions – in toddler groups and parent-child meetings.'
			],
			tr: ['Emekleme grubu', 'Diğer ebeveynlerle tanışın, oynayın, sorularınızı paylaşın – oyun gruplarında.'],
			ar: [
				'مجموعة الأطفال الصغار',
				'التقي بأهالٍ آخرين، العبوا معًا وتبادلوا الأسئلة – في مجموعات الأطفال ولقاءات الأهل والأطفال.'
			],
			fa: ['گروه بازی کودکان نوپا', 'با والدین دیگر آشنا شوید، بازی کنید و پرسش‌ها را در میان بگذارید.'],
			ru: [
				'Группа для малышей',
				'Встречайтесь с другими родителями, играйте, делитесь вопросами – в группах для малышей.'
			],
			uk: [
				'Група для малюків',
				'Зустрічайтеся з іншими батьками, грайтеся, діліться запитаннями – у групах для малюків.'
			],
			pl: ['Grupa dla maluchów', 'Poznaj innych rodziców, baw się i dziel pytaniami – w grupach zabaw dla maluchów.']
		}
	),
	card(
		'1-3',
		'Erziehungsberatung',
		['Wenn Sie Rat brauchen', 'Schlafen, Trotz, Streit: Die Erziehungsberatung hilft kostenlos und vertraulich.'],
		{
			leicht: [
				'Sie brauchen Rat?',
				'Ihr Kind schläft schlecht? Es gibt oft Streit? Die Beratung hilft. Sie kostet nichts.'
			],
			en: ['When you need advice', 'Sleep, tantrums, arguments: family counselling helps, free and confidential.'],
			tr: ['Tavsiyeye ihtiyacınız olduğunda', 'Uyku, inat, kavga: Eğitim danışmanlığı ücretsiz ve gizli yardım eder.'],
			ar: ['عندما تحتاجين إلى نصيحة', 'النوم، العناد، الخلافات: استشارة التربية تساعد مجانًا وبسرية.'],
			fa: ['وقتی به مشورت نیاز دارید', 'خواب، لجبازی، دعوا: مشاوره تربیتی رایگان و محرمانه کمک می‌کند.'],
			ru: ['Когда нужен совет', 'Сон, капризы, ссоры: консультация по воспитанию поможет бесплатно и конфиденциально.'],
			uk: [
				'Коли потрібна порада',
				'Сон, упертість, сварки: консультація з виховання допоможе безкоштовно й конфіденційно.'
			],
			pl: ['Gdy potrzebujesz rady', 'Sen, bunt, kłótnie: poradnia wychowawcza pomaga bezpłatnie i poufnie.']
		}
	),
	card(
		'kita',
		'Sprachförderung',
		['Sprache fördern', 'Vorlesen, Singen, Sprachangebote: So lernt Ihr Kind gut sprechen – in jeder Sprache.'],
		{
			leicht: ['Sprechen lernen', 'Lesen Sie vor. Singen Sie. So lernt Ihr Kind gut sprechen. In jeder Sprache.'],
			en: [
				'Support language',
				'Reading aloud, singing, language groups: this helps your child speak well – in any language.'
			],
			tr: [
				'Dil gelişimini destekleyin',
				'Kitap okuma, şarkı söyleme, dil grupları: Çocuğunuz her dilde iyi konuşmayı böyle öğrenir.'
			],
			ar: ['دعم اللغة', 'القراءة بصوت عالٍ والغناء ومجموعات اللغة: هكذا يتعلم طفلك الكلام جيدًا بأي لغة.'],
			fa: [
				'تقویت زبان',
				'بلند خواندن، آواز خواندن، گروه‌های زبان: کودک شما این‌گونه به هر زبانی خوب حرف زدن را یاد می‌گیرد.'
			],
			ru: [
				'Развитие речи',
				'Чтение вслух, песни, языковые группы: так ребёнок учится хорошо говорить – на любом языке.'
			],
			uk: [
				'Розвиток мовлення',
				'Читання вголос, пісні, мовні групи: так дитина вчиться добре говорити – будь-якою мовою.'
			],
			pl: [
				'Wspieraj mowę',
				'Czytanie na głos, śpiew, zajęcia językowe: tak dziecko uczy się dobrze mówić – w każdym języku.'
			]
		}
	),
	card(
		'kita',
		'Bewegung Eltern-Kind-Turnen',
		['Bewegung und Spiel', 'Turnen, Schwimmen, draußen spielen: Angebote für Kinder von 3 bis 6 in Ihrer Nähe.'],
		{
			leicht: ['Bewegen und spielen', 'Turnen. Schwimmen. Draußen spielen. Für Kinder von 3 bis 6 Jahren.'],
			en: ['Exercise and play', 'Gym, swimming, playing outside: activities for children aged 3 to 6 near you.'],
			tr: ['Hareket ve oyun', 'Jimnastik, yüzme, dışarıda oyun: Yakınınızda 3–6 yaş çocuklar için etkinlikler.'],
			ar: ['الحركة واللعب', 'الجمباز والسباحة واللعب في الخارج: أنشطة للأطفال من 3 إلى 6 سنوات بالقرب منك.'],
			fa: ['حرکت و بازی', 'ژیمناستیک، شنا، بازی در فضای باز: برنامه‌هایی برای کودکان ۳ تا ۶ سال نزدیک شما.'],
			ru: ['Движение и игры', 'Гимнастика, плавание, игры на улице: занятия для детей 3–6 лет рядом с вами.'],
			uk: ['Рух і гра', 'Гімнастика, плавання, ігри надворі: заняття для дітей 3–6 років поруч із вами.'],
			pl: ['Ruch i zabawa', 'Gimnastyka, pływanie, zabawa na dworze: zajęcia dla dzieci od 3 do 6 lat w pobliżu.']
		}
	),
	card(
		'kita',
		'Frühförderung',
		[
			'Entwicklung begleiten',
			'Sie machen sich Sorgen um die Entwicklung? Die Frühförderung berät und untersucht kostenlos.'
		],
		{
			leicht: [
				'Entwicklung von Ihrem Kind',
				'Sie machen sich Sorgen um Ihr Kind? Die Früh·förderung hilft. Das kostet nichts.'
			],
			en: [
				'Development',
				'Worried about how your child develops? Early intervention services advise and assess free of charge.'
			],
			tr: [
				'Gelişimi takip edin',
				'Çocuğunuzun gelişimi konusunda endişeli misiniz? Erken destek merkezi ücretsiz danışmanlık ve muayene sunar.'
			],
			ar: ['متابعة النمو', 'هل أنت قلقة على نمو طفلك؟ مراكز الدعم المبكر تقدم الاستشارة والفحص مجانًا.'],
			fa: ['همراهی در رشد کودک', 'نگران رشد کودکتان هستید؟ مرکز حمایت زودهنگام رایگان مشاوره و معاینه می‌کند.'],
			ru: [
				'Развитие ребёнка',
				'Беспокоитесь о развитии ребёнка? Служба ранней помощи бесплатно консультирует и обследует.'
			],
			uk: [
				'Розвиток дитини',
				'Турбуєтеся про розвиток дитини? Служба ранньої допомоги безкоштовно консультує й обстежує.'
			],
			pl: ['Rozwój dziecka', 'Martwisz się rozwojem dziecka? Ośrodek wczesnego wspomagania bezpłatnie doradza i bada.']
		}
	),
	card(
		'grundschule',
		'Schulanmeldung',
		['Schulstart', 'Die Schulanmeldung kommt ein Jahr vor Schulbeginn. Informieren Sie sich rechtzeitig.'],
		{
			leicht: ['Die Schule beginnt', 'Sie müssen Ihr Kind für die Schule anmelden. Das ist 1 Jahr vorher.'],
			en: ['Starting school', 'School registration is one year before school starts. Find out in good time.'],
			tr: ['Okula başlama', 'Okul kaydı, okul başlamadan bir yıl önce yapılır. Zamanında bilgi alın.'],
			ar: ['بداية المدرسة', 'التسجيل في المدرسة يكون قبل بدء الدراسة بسنة. استعلمي في الوقت المناسب.'],
			fa: ['شروع مدرسه', 'ثبت‌نام مدرسه یک سال پیش از شروع مدرسه است. به موقع اطلاعات بگیرید.'],
			ru: ['Начало школы', 'Запись в школу – за год до начала учёбы. Узнайте всё заранее.'],
			uk: ['Початок школи', 'Запис до школи – за рік до початку навчання. Дізнайтеся все заздалегідь.'],
			pl: ['Początek szkoły', 'Zapisy do szkoły są rok przed rozpoczęciem nauki. Dowiedz się na czas.']
		}
	),
	card(
		'grundschule',
		'Hausaufgabenhilfe',
		[
			'Hilfe bei den Hausaufgaben',
			'Hausaufgabenhilfe und Lernförderung – oft kostenlos, zum Beispiel mit Bildung und Teilhabe.'
		],
		{
			leicht: ['Hilfe bei Haus·aufgaben', 'Ihr Kind braucht Hilfe beim Lernen? Es gibt Hilfe. Oft kostet sie nichts.'],
			en: ['Homework help', 'Homework help and tutoring – often free, for example through Bildung und Teilhabe.'],
			tr: ['Ödev yardımı', 'Ödev yardımı ve ders desteği – çoğu zaman ücretsiz, örneğin Bildung und Teilhabe ile.'],
			ar: ['المساعدة في الواجبات', 'مساعدة في الواجبات ودعم التعلم – غالبًا مجانًا، مثلًا عبر Bildung und Teilhabe.'],
			fa: ['کمک در تکالیف مدرسه', 'کمک در تکالیف و تقویت درسی – اغلب رایگان، مثلاً از طریق Bildung und Teilhabe.'],
			ru: [
				'Помощь с домашними заданиями',
				'Помощь с уроками и репетиторство – часто бесплатно, например через Bildung und Teilhabe.'
			],
			uk: [
				'Допомога з домашніми завданнями',
				'Допомога з уроками й навчанням – часто безкоштовно, наприклад через Bildung und Teilhabe.'
			],
			pl: [
				'Pomoc w odrabianiu lekcji',
				'Pomoc w lekcjach i korepetycje – często bezpłatnie, np. w ramach Bildung und Teilhabe.'
			]
		}
	),
	card(
		'grundschule',
		'Ferienbetreuung',
		['Betreuung nach der Schule', 'Offener Ganztag, Hort und Ferienangebote: Betreuung, wenn Sie arbeiten.'],
		{
			leicht: [
				'Betreuung nach der Schule',
				'Sie arbeiten? Ihr Kind kann nach der Schule betreut werden. Auch in den Ferien.'
			],
			en: ['Care after school', 'All-day school, after-school club and holiday programmes: care while you work.'],
			tr: ['Okul sonrası bakım', 'Tam gün okul, okul sonrası bakım ve tatil etkinlikleri: Siz çalışırken bakım.'],
			ar: ['الرعاية بعد المدرسة', 'المدرسة طوال اليوم ونوادي ما بعد المدرسة وبرامج العطلة: رعاية أثناء عملك.'],
			fa: ['مراقبت پس از مدرسه', 'مدرسه تمام‌روز، مراقبت بعد از مدرسه و برنامه‌های تعطیلات: مراقبت وقتی کار می‌کنید.'],
			ru: [
				'Присмотр после школы',
				'Группа продлённого дня, хорт и каникулярные программы: присмотр, пока вы работаете.'
			],
			uk: ['Догляд після школи', 'Група подовженого дня, хорт і канікулярні програми: догляд, поки ви працюєте.'],
			pl: ['Opieka po szkole', 'Świetlica, szkoła całodzienna i zajęcia w ferie: opieka, gdy pracujesz.']
		}
	)
];
