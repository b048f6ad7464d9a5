/**
 * Translation templates per demo offer title (title, summary) in English, Turkish, Arabic,
 * Russian and Ukrainian: real translations of the German texts in demo-offers.ts. The seed
 * gives them to every second place of an offer, so about half the demo offers are translated
 * and the other half shows the German fallback with its note.
 */
type Pair = [title: string, summary: string];
type Languages = { en: Pair; tr: Pair; ar: Pair; ru: Pair; uk: Pair };

export const DEMO_TRANSLATION_TEMPLATES: Record<string, Languages> = {
	'Familienhebamme – Hausbesuche': {
		en: [
			'Family midwife – home visits',
			'Family midwives support families in difficult situations at home until the baby’s first birthday.'
		],
		tr: [
			'Aile ebesi – ev ziyaretleri',
			'Aile ebeleri, zor durumdaki ailelere bebeğin ilk doğum gününe kadar evde destek olur.'
		],
		ar: [
			'قابلة الأسرة – زيارات منزلية',
			'ترافق قابلات الأسرة العائلات في الظروف الصعبة في المنزل حتى عيد الميلاد الأول للطفل.'
		],
		ru: [
			'Семейная акушерка – визиты на дом',
			'Семейные акушерки поддерживают семьи в трудных жизненных ситуациях дома до первого дня рождения ребёнка.'
		],
		uk: [
			'Сімейна акушерка – візити додому',
			'Сімейні акушерки підтримують родини у складних життєвих ситуаціях удома до першого дня народження дитини.'
		]
	},
	Schwangerschaftsberatung: {
		en: ['Pregnancy counselling', 'Confidential counselling on pregnancy, financial help and pregnancy conflict.'],
		tr: [
			'Hamilelik danışmanlığı',
			'Hamilelik, maddi yardımlar ve hamilelikte yaşanan çatışmalar hakkında gizli danışmanlık.'
		],
		ar: ['استشارات الحمل', 'استشارة سرية حول الحمل والمساعدات المالية وصراعات الحمل.'],
		ru: [
			'Консультация для беременных',
			'Конфиденциальная консультация по вопросам беременности, финансовой помощи и конфликтной беременности.'
		],
		uk: [
			'Консультація для вагітних',
			'Конфіденційна консультація щодо вагітності, фінансової допомоги та конфліктної вагітності.'
		]
	},
	Krabbelgruppe: {
		en: ['Baby and toddler group', 'Play, sing and make friends: for children from 6 to 18 months and their parents.'],
		tr: ['Emekleme grubu', '6–18 aylık çocuklar ve ebeveynleri için oyun, şarkı ve yeni tanışıklıklar.'],
		ar: ['مجموعة الحبو', 'لعب وغناء وتعارف للأطفال من 6 إلى 18 شهرًا وآبائهم.'],
		ru: ['Группа для малышей', 'Игры, песни и новые знакомства для детей от 6 до 18 месяцев и их родителей.'],
		uk: ['Група для малюків', 'Ігри, пісні та нові знайомства для дітей від 6 до 18 місяців і їхніх батьків.']
	},
	Babymassage: {
		en: ['Baby massage', 'Course of five sessions: gentle massage for babies from 6 weeks to 6 months.'],
		tr: ['Bebek masajı', 'Beş buluşmalık kurs: 6 haftalıktan 6 aylığa kadar bebekler için yumuşak masaj.'],
		ar: ['تدليك الرضع', 'دورة من خمس جلسات: تدليك لطيف للرضع من عمر 6 أسابيع حتى 6 أشهر.'],
		ru: ['Массаж для малышей', 'Курс из пяти занятий: мягкий массаж для малышей от 6 недель до 6 месяцев.'],
		uk: ['Масаж для немовлят', 'Курс із п’яти занять: ніжний масаж для немовлят від 6 тижнів до 6 місяців.']
	},
	Frühförderung: {
		en: [
			'Early intervention',
			'Support and advice for children with developmental delays or disabilities until they start school.'
		],
		tr: [
			'Erken destek',
			'Gelişim geriliği veya engeli olan çocuklar için okula başlayana kadar destek ve danışmanlık.'
		],
		ar: ['التدخل المبكر', 'دعم واستشارة للأطفال الذين لديهم تأخر في النمو أو إعاقة حتى دخول المدرسة.'],
		ru: [
			'Ранняя помощь',
			'Развивающие занятия и консультации для детей с задержкой развития или инвалидностью до поступления в школу.'
		],
		uk: [
			'Рання допомога',
			'Розвивальні заняття та консультації для дітей із затримкою розвитку або інвалідністю до вступу до школи.'
		]
	},
	Erziehungsberatung: {
		en: ['Parenting advice', 'Advice for parents on upbringing, development, separation and conflicts in the family.'],
		tr: [
			'Eğitim danışmanlığı',
			'Çocuk eğitimi, gelişim, ayrılık ve aile içi çatışmalar konusunda ebeveynlere danışmanlık.'
		],
		ar: ['استشارات تربوية', 'استشارة للآباء في أسئلة التربية والنمو والانفصال والخلافات داخل الأسرة.'],
		ru: [
			'Консультация по вопросам воспитания',
			'Консультации для родителей по вопросам воспитания, развития, развода и конфликтов в семье.'
		],
		uk: [
			'Консультація з питань виховання',
			'Консультації для батьків щодо виховання, розвитку, розлучення та конфліктів у родині.'
		]
	},
	'Willkommensbesuch für Neugeborene': {
		en: ['Welcome visit for newborns', 'We visit you at home after the birth and bring information and a small gift.'],
		tr: [
			'Yenidoğan hoş geldin ziyareti',
			'Doğumdan sonra sizi evinizde ziyaret ediyor, bilgi ve küçük bir hediye getiriyoruz.'
		],
		ar: ['زيارة ترحيب بالمولود', 'نزوركم في المنزل بعد الولادة ونحضر لكم معلومات وهدية صغيرة.'],
		ru: [
			'Приветственный визит к новорождённому',
			'Мы навестим вас дома после родов, принесём информацию и небольшой подарок.'
		],
		uk: [
			'Вітальний візит до новонародженого',
			'Ми відвідаємо вас удома після пологів, принесемо інформацію та невеликий подарунок.'
		]
	},
	'Kindertagespflege – Vermittlung': {
		en: ['Childminders – placement', 'We find childminders for children under three.'],
		tr: [
			'Gündüz çocuk bakıcısı – aracılık',
			'Üç yaşından küçük çocuklar için gündüz bakıcısı anne ve babalar buluyoruz.'
		],
		ar: ['رعاية الأطفال النهارية – وساطة', 'نساعدكم في إيجاد مربيات ومربين نهاريين للأطفال دون سن الثالثة.'],
		ru: ['Дневные няни – подбор', 'Мы подбираем дневных нянь для детей младше трёх лет.'],
		uk: ['Денні няні – підбір', 'Ми підбираємо денних нянь для дітей до трьох років.']
	},
	'Elterntelefon und Online-Beratung': {
		en: ['Parents’ helpline and online advice', 'Anonymous advice by phone and chat when family life gets too much.'],
		tr: [
			'Ebeveyn hattı ve çevrim içi danışmanlık',
			'Aile hayatı sizi bunalttığında telefonda ve sohbette anonim danışmanlık.'
		],
		ar: [
			'هاتف الوالدين والاستشارة عبر الإنترنت',
			'استشارة مجهولة الهوية عبر الهاتف والدردشة عندما تثقل الحياة العائلية كاهلك.'
		],
		ru: [
			'Телефон доверия для родителей и онлайн-консультация',
			'Анонимная консультация по телефону и в чате, когда семейные заботы становятся непосильными.'
		],
		uk: [
			'Телефон довіри для батьків та онлайн-консультація',
			'Анонімна консультація телефоном і в чаті, коли сімейні турботи стають непосильними.'
		]
	},
	'Beratung bei Gewalt in der Familie': {
		en: [
			'Help with domestic violence',
			'Protection and advice for women and their children, also immediately and anonymously.'
		],
		tr: [
			'Aile içi şiddette danışmanlık',
			'Kadınlar ve çocukları için koruma ve danışmanlık, hemen ve anonim olarak da.'
		],
		ar: ['استشارة في حالات العنف الأسري', 'حماية واستشارة للنساء وأطفالهن، فورًا ودون ذكر الاسم أيضًا.'],
		ru: [
			'Консультация при насилии в семье',
			'Защита и консультация для женщин и их детей, в том числе срочно и анонимно.'
		],
		uk: [
			'Консультація при домашньому насильстві',
			'Захист і консультація для жінок та їхніх дітей, зокрема негайно й анонімно.'
		]
	},
	'Beratung zu Elterngeld und Kindergeld': {
		en: [
			'Advice on parental allowance and child benefit',
			'Help with applications for parental allowance, child benefit, child supplement and housing benefit.'
		],
		tr: [
			'Ebeveyn parası ve çocuk parası danışmanlığı',
			'Ebeveyn parası, çocuk parası, çocuk ek ödeneği ve kira yardımı başvurularında yardım.'
		],
		ar: [
			'استشارة حول إعانة الوالدين وإعانة الأطفال',
			'مساعدة في طلبات إعانة الوالدين وإعانة الأطفال والإعانة الإضافية للأطفال وإعانة السكن.'
		],
		ru: [
			'Консультация по родительскому и детскому пособию',
			'Помощь с заявлениями на родительское пособие, детское пособие, доплату на ребёнка и жилищную субсидию.'
		],
		uk: [
			'Консультація щодо батьківської та дитячої допомоги',
			'Допомога із заявами на батьківську допомогу, допомогу на дітей, доплату на дитину та житлову субсидію.'
		]
	},
	Geburtsvorbereitungskurs: {
		en: ['Antenatal class', 'Course for pregnant women and partners: birth, breathing, the first days with the baby.'],
		tr: ['Doğuma hazırlık kursu', 'Hamileler ve eşleri için kurs: doğum, nefes, bebekle ilk günler.'],
		ar: ['دورة التحضير للولادة', 'دورة للحوامل وشركائهن: الولادة والتنفس والأيام الأولى مع الطفل.'],
		ru: ['Курсы подготовки к родам', 'Курс для беременных и их партнёров: роды, дыхание, первые дни с малышом.'],
		uk: ['Курси підготовки до пологів', 'Курс для вагітних і їхніх партнерів: пологи, дихання, перші дні з малюком.']
	},
	Stillgruppe: {
		en: ['Breastfeeding group', 'Exchange and help with breastfeeding, with a lactation consultant.'],
		tr: ['Emzirme grubu', 'Bir emzirme danışmanıyla emzirme konusunda sohbet ve yardım.'],
		ar: ['مجموعة الرضاعة الطبيعية', 'تبادل الخبرات والمساعدة في الرضاعة الطبيعية مع مستشارة رضاعة.'],
		ru: ['Группа грудного вскармливания', 'Общение и помощь по грудному вскармливанию с консультантом по лактации.'],
		uk: [
			'Група грудного вигодовування',
			'Спілкування та допомога з грудного вигодовування з консультанткою з лактації.'
		]
	},
	'Vater-Kind-Treff': {
		en: ['Dads and kids meet-up', 'On Saturdays for fathers with children up to three: play, craft, talk.'],
		tr: ['Baba-çocuk buluşması', 'Cumartesileri üç yaşına kadar çocuklu babalar için: oyun, el işi, sohbet.'],
		ar: ['لقاء الآباء والأطفال', 'أيام السبت للآباء مع أطفالهم حتى سن الثالثة: لعب وأشغال يدوية وتبادل الخبرات.'],
		ru: ['Встречи для пап с детьми', 'По субботам для отцов с детьми до трёх лет: игры, поделки, общение.'],
		uk: ['Зустрічі для тат із дітьми', 'Щосуботи для батьків із дітьми до трьох років: ігри, творчість, спілкування.']
	},
	'Hausaufgabenhilfe und Lernförderung': {
		en: ['Homework help and tutoring', 'Afternoon help with homework for primary school children.'],
		tr: ['Ödev yardımı ve öğrenme desteği', 'İlkokul çocukları için öğleden sonra ödevlerde destek.'],
		ar: ['المساعدة في الواجبات المدرسية ودعم التعلم', 'دعم في الواجبات المدرسية لأطفال المرحلة الابتدائية بعد الظهر.'],
		ru: [
			'Помощь с домашними заданиями',
			'Помощь с домашними заданиями для учеников начальной школы во второй половине дня.'
		],
		uk: ['Допомога з домашніми завданнями', 'Допомога з домашніми завданнями для учнів початкової школи після обіду.']
	},
	'Psychologische Beratung nach der Geburt': {
		en: [
			'Psychological support after birth',
			'Help with exhaustion, anxiety or sadness after the birth (postnatal depression).'
		],
		tr: [
			'Doğum sonrası psikolojik danışmanlık',
			'Doğumdan sonra yorgunluk, kaygı veya üzüntüde yardım (lohusalık depresyonu).'
		],
		ar: ['استشارة نفسية بعد الولادة', 'مساعدة في حالات الإرهاق أو القلق أو الحزن بعد الولادة (اكتئاب ما بعد الولادة).'],
		ru: [
			'Психологическая помощь после родов',
			'Помощь при истощении, тревоге или грусти после родов (послеродовая депрессия).'
		],
		uk: [
			'Психологічна допомога після пологів',
			'Допомога при виснаженні, тривозі чи смутку після пологів (післяпологова депресія).'
		]
	},
	'Eltern-Kind-Turnen': {
		en: ['Parent and child gym', 'Movement, games and fun for children from 1 to 3 with one parent.'],
		tr: ['Ebeveyn-çocuk jimnastiği', 'Bir ebeveyniyle birlikte 1–3 yaş arası çocuklar için hareket, oyun ve eğlence.'],
		ar: ['رياضة الوالدين والأطفال', 'حركة ولعب ومرح للأطفال من سنة إلى 3 سنوات مع أحد الوالدين.'],
		ru: [
			'Гимнастика для родителей с детьми',
			'Движение, игры и веселье для детей от 1 до 3 лет вместе с одним из родителей.'
		],
		uk: [
			'Гімнастика для батьків із дітьми',
			'Рух, ігри та веселощі для дітей від 1 до 3 років разом з одним із батьків.'
		]
	}
};
