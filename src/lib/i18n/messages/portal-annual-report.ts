import type { PortalPart } from './portal-part';

/** Portal texts of the published Jahresberichte on the network page (issue 15) in every language. */
const de = {
	'annualReports.title': 'Jahresberichte',
	'annualReports.intro': 'Die Berichte des Netzwerks über seine Arbeit, als PDF-Datei auf Deutsch.',
	'annualReports.link': 'Jahresbericht {year} (PDF)'
} as const;

export const portalAnnualReport: PortalPart<keyof typeof de> = {
	de,
	leicht: {
		'annualReports.title': 'Berichte für jedes Jahr',
		'annualReports.intro':
			'Hier schreibt das Netzwerk, was es in einem Jahr gemacht hat. Die Berichte sind PDF-Dateien. Sie sind auf Deutsch.',
		'annualReports.link': 'Bericht für das Jahr {year} (PDF)'
	},
	en: {
		'annualReports.title': 'Annual reports',
		'annualReports.intro': 'The network’s reports on its work, as PDF files in German.',
		'annualReports.link': 'Annual report {year} (PDF)'
	},
	tr: {
		'annualReports.title': 'Yıllık raporlar',
		'annualReports.intro': 'Ağın çalışmaları hakkındaki raporları, Almanca PDF dosyası olarak.',
		'annualReports.link': '{year} yıllık raporu (PDF)'
	},
	ar: {
		'annualReports.title': 'التقارير السنوية',
		'annualReports.intro': 'تقارير الشبكة عن عملها، كملفات PDF باللغة الألمانية.',
		'annualReports.link': 'التقرير السنوي {year} (PDF)'
	},
	ru: {
		'annualReports.title': 'Годовые отчёты',
		'annualReports.intro': 'Отчёты сети о её работе в виде PDF-файлов на немецком языке.',
		'annualReports.link': 'Годовой отчёт за {year} год (PDF)'
	},
	uk: {
		'annualReports.title': 'Річні звіти',
		'annualReports.intro': 'Звіти мережі про її роботу у вигляді PDF-файлів німецькою мовою.',
		'annualReports.link': 'Річний звіт за {year} рік (PDF)'
	},
	pl: {
		'annualReports.title': 'Sprawozdania roczne',
		'annualReports.intro': 'Sprawozdania sieci z jej pracy jako pliki PDF w języku niemieckim.',
		'annualReports.link': 'Sprawozdanie roczne {year} (PDF)'
	},
	fa: {
		'annualReports.title': 'گزارش‌های سالانه',
		'annualReports.intro': 'گزارش‌های شبکه درباره کارش، به صورت فایل PDF به زبان آلمانی.',
		'annualReports.link': 'گزارش سالانه {year} (PDF)'
	}
};
