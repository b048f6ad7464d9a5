import type { HelpNumber, MunicipalityKind, WeeklySlot } from '$lib/server/db/schema';

/**
 * Five demo networks shaped like real municipal networks (see shared/DESIGN.md §4).
 * Every person, e-mail address and phone number is invented: addresses under
 * example.org, phone numbers from the Bundesnetzagentur ranges reserved for
 * film and fiction (030 23125 xxx, 040 66969 xxx, 0221 4710 xxx).
 */
export type DemoNetwork = {
	slug: string;
	name: string;
	municipality: string;
	municipalityKind: MunicipalityKind;
	description: string;
	goals: string;
	contactName: string;
	contactAddress: string;
	contactPhone: string;
	contactEmail: string;
	officeHours: WeeklySlot[];
	officeHoursNote: string;
	helpNumbers: HelpNumber[];
	brandPrimary: string;
	brandAccent: string;
	coordinator: { name: string; email: string };
	organisations: string[];
};

const weekdays = (opens: string, closes: string, days = [1, 2, 3, 4, 5]): WeeklySlot[] =>
	days.map((day) => ({ day, opens, closes }));

export const DEMO_NETWORKS: DemoNetwork[] = [
	{
		slug: 'mettmann',
		name: 'Netzwerk Frühe Hilfen und präventiver Kinderschutz Mettmann',
		municipality: 'Mettmann',
		municipalityKind: 'stadt',
		description:
			'Das Netzwerk „Frühe Hilfen und präventiver Kinderschutz“ der Kreisstadt Mettmann unterstützt Familien mit Kindern von 0 bis 6 Jahren. Jugendhilfe und Gesundheitswesen arbeiten hier eng zusammen, damit Eltern früh und ohne Hürden die passende Hilfe finden.\n\nAlle Angebote und Kontaktadressen bis zum Schuleintritt finden Eltern im Familien-Suchportal dieses Netzwerks.',
		goals:
			'Kinder von Anfang an stärken – auf Grundlage der UN-Kinderrechtskonvention\nJugendhilfe und Gesundheitswesen verbinden\nEltern früh über passende Angebote informieren\nKinder vor Gefährdungen schützen, bevor Krisen entstehen',
		contactName: 'Netzwerkkoordination Frühe Hilfen (Beispiel: Jana Beispielfrau)',
		contactAddress: 'Musterstraße 12\n40822 Mettmann',
		contactPhone: '0221 4710 101',
		contactEmail: 'fruehehilfen.mettmann@example.org',
		officeHours: weekdays('09:00', '12:00'),
		officeHoursNote: 'Termine bitte vorher telefonisch vereinbaren.',
		helpNumbers: [
			{ label: 'Kinderschutz-Hotline Jugendamt (Beispiel)', number: '0221 4710 110', note: 'werktags 8–16 Uhr' }
		],
		brandPrimary: '#1d5c8f',
		brandAccent: '#8a3a12',
		coordinator: { name: 'Jana Beispielfrau', email: 'koordination.mettmann@example.org' },
		organisations: [
			'Familienzentrum Sonnenblume (Beispiel)',
			'Hebammenpraxis Lindenhof (Beispiel)',
			'Kinderarztpraxis am Markt (Beispiel)',
			'Jugendamt Mettmann – ASD (Beispiel)'
		]
	},
	{
		slug: 'moenchengladbach',
		name: 'Netzwerk Frühe Hilfen Mönchengladbach',
		municipality: 'Mönchengladbach',
		municipalityKind: 'kreisfreie_stadt',
		description:
			'Im Netzwerk Frühe Hilfen Mönchengladbach arbeiten Fachkräfte aus Gesundheit, Jugendhilfe, Beratung und Bildung zusammen. Drei Jahre nach der Gründung haben die Mitglieder gemeinsam eine Geschäftsordnung erarbeitet, beschlossen und unterzeichnet.\n\nDie Netzwerkkoordination ist im Fachbereich Kinder, Jugend und Familie angesiedelt und wird aus Mitteln der Bundesstiftung Frühe Hilfen gefördert.',
		goals:
			'Regelmäßiger fachlicher Austausch der Mitglieder\nAngebote für Familien abstimmen und bekannt machen\nBedarfsgerechte Projektideen entwickeln',
		contactName: 'Fachbereich Kinder, Jugend und Familie – Netzwerkkoordination (Beispiel: Murat Musterkoch)',
		contactAddress: 'Beispielallee 5\n41061 Mönchengladbach',
		contactPhone: '0221 4710 201',
		contactEmail: 'fruehehilfen.mg@example.org',
		officeHours: [...weekdays('08:30', '12:30'), { day: 4, opens: '14:00', closes: '17:00' }],
		officeHoursNote: '',
		helpNumbers: [
			{ label: 'Kinderschutz-Notruf Fachbereich (Beispiel)', number: '0221 4710 299', note: 'rund um die Uhr' }
		],
		brandPrimary: '#00594f',
		brandAccent: '#7a2e0e',
		coordinator: { name: 'Murat Musterkoch', email: 'koordination.moenchengladbach@example.org' },
		organisations: [
			'Kinderschutzbund Ortsverband (Beispiel)',
			'Familienbildungsstätte am Park (Beispiel)',
			'Schwangerschaftsberatung Donum (Beispiel)',
			'Frühförderstelle Regenbogen (Beispiel)',
			'Jobcenter – Team Familie (Beispiel)'
		]
	},
	{
		slug: 'sonneberg',
		name: 'Netzwerk Frühe Hilfen Landkreis Sonneberg',
		municipality: 'Sonneberg',
		municipalityKind: 'landkreis',
		description:
			'Frühe Hilfen im Landkreis Sonneberg richten sich an werdende Eltern und Familien mit Kindern von 0 bis 3 Jahren. Die Netzwerkkoordinationsstelle wurde mit Mitteln der Bundesstiftung Frühe Hilfen eingerichtet.\n\nTräger, Dienste und Einzelpersonen werden Mitglied, indem sie die Kooperationsvereinbarung unterzeichnen. Prävention geschieht auf drei Ebenen: primär (für alle Familien), sekundär (für Familien in belastenden Lebenslagen) und tertiär (wenn Kinder bereits gefährdet sind).\n\nRechtliche Grundlagen: SGB VIII, Bundeskinderschutzgesetz und KKG.',
		goals:
			'Werdende Eltern und junge Familien früh erreichen\nAngebote der drei Präventionsebenen verbinden\nVerbindliche Zusammenarbeit durch die Kooperationsvereinbarung',
		contactName: 'Netzwerkkoordinationsstelle Frühe Hilfen (Beispiel: Petra Probestein)',
		contactAddress: 'Am Beispielplatz 3\n96515 Sonneberg',
		contactPhone: '030 23125 301',
		contactEmail: 'fruehehilfen.sonneberg@example.org',
		officeHours: [...weekdays('09:00', '15:00', [1, 2, 3, 4]), { day: 5, opens: '09:00', closes: '12:00' }],
		officeHoursNote: 'Hausbesuche nach Vereinbarung im ganzen Landkreis.',
		helpNumbers: [],
		brandPrimary: '#5b2a86',
		brandAccent: '#1d5c2e',
		coordinator: { name: 'Petra Probestein', email: 'koordination.sonneberg@example.org' },
		organisations: [
			'Gesundheitsamt Landkreis (Beispiel)',
			'Familienhebammen-Team Süd (Beispiel)',
			'Diakonie Beratungsstelle (Beispiel)'
		]
	},
	{
		slug: 'herten',
		name: 'Netzwerk Frühe Hilfen und Kinderschutz Herten',
		municipality: 'Herten',
		municipalityKind: 'stadt',
		description:
			'Die Koordinierungsstelle „Netzwerk Frühe Hilfen und Kinderschutz“ der Stadt Herten bringt zweimal im Jahr die Fachkräfte zur Netzwerkkonferenz zusammen – zur zweiten kamen 45 Fachkräfte. Bestehende Netzwerke werden genutzt, zum Beispiel der Runde Tisch „Aufsuchende Elternarbeit“.\n\nIn Arbeitsgruppen entstehen unter anderem Angebotsübersichten für die einzelnen Stadtteile. 418 Kinder unter 3 Jahren in Familien mit SGB-II-Bezug bilden die Grundlage der Bundesförderung.',
		goals:
			'Zwei Netzwerkkonferenzen im Jahr\nAngebotsübersichten für jeden Stadtteil\nVorhandene Runde Tische einbinden statt neue Gremien zu schaffen\nFamilien in belasteten Lebenslagen früh erreichen',
		contactName: 'Koordinierungsstelle Netzwerk Frühe Hilfen und Kinderschutz (Beispiel: Lena Lorem)',
		contactAddress: 'Rathausweg 1 (Beispiel)\n45699 Herten',
		contactPhone: '0221 4710 401',
		contactEmail: 'fruehehilfen.herten@example.org',
		officeHours: weekdays('08:00', '16:00', [1, 2, 3, 4]),
		officeHoursNote: 'Freitags nach Vereinbarung.',
		helpNumbers: [{ label: 'Bezirkssozialarbeit – Bereitschaft (Beispiel)', number: '0221 4710 499' }],
		brandPrimary: '#a3122a',
		brandAccent: '#0b4f8a',
		coordinator: { name: 'Lena Lorem', email: 'koordination.herten@example.org' },
		organisations: [
			'Haus der Kulturen (Beispiel)',
			'Frauenhaus Herten (Beispiel)',
			'Drogenberatung Vest (Beispiel)',
			'Familienunterstützender Dienst (Beispiel)'
		]
	},
	{
		slug: 'wilhelmshaven',
		name: 'Frühe Hilfen Wilhelmshaven',
		municipality: 'Wilhelmshaven',
		municipalityKind: 'stadt',
		description:
			'Das Programm Frühe Hilfen in Wilhelmshaven wird von der Jugendhilfeplanung gesteuert. Es gibt Angebote für werdende Eltern, für Familien mit Kindern von 0 bis 3 Jahren, im Kindergartenalter, im Grundschulalter und für alle Lebenslagen.\n\nEin Fachgremium aus Gesundheit, Jugendhilfe, Justiz, Polizei, Schule und Wirtschaft begleitet die Arbeit.',
		goals:
			'Über Angebote für Familien informieren\nAkteure miteinander verknüpfen und den Informationsaustausch sichern\nBerufsübergreifende Vereinbarungen erarbeiten\nFachtagungen und Fortbildungen planen',
		contactName: 'Jugendhilfeplanung – Frühe Hilfen (Beispiel: Ole Oberbeispiel)',
		contactAddress: 'Küstenstraße 7 (Beispiel)\n26382 Wilhelmshaven',
		contactPhone: '040 66969 501',
		contactEmail: 'fruehehilfen.whv@example.org',
		officeHours: [...weekdays('09:00', '12:00'), { day: 2, opens: '14:00', closes: '16:00' }],
		officeHoursNote: '',
		helpNumbers: [
			{ label: 'Jugendamt – Notdienst (Beispiel)', number: '040 66969 599', note: 'abends und am Wochenende' }
		],
		brandPrimary: '#0b4f6c',
		brandAccent: '#6b3a00',
		coordinator: { name: 'Ole Oberbeispiel', email: 'koordination.wilhelmshaven@example.org' },
		organisations: [
			'Geburtsklinik am Meer (Beispiel)',
			'Polizeiinspektion – Prävention (Beispiel)',
			'Grundschule Südstadt (Beispiel)'
		]
	}
];

export const DEMO_PASSWORD = 'Beispiel-Passwort-2026';
/** Shared TOTP secret of the demo operator and coordinators (base32), listed in README.md. */
export const DEMO_TOTP_SECRET = 'BEISPIELDATENNURZUMTESTENZWEIFAK';
export const DEMO_OPERATOR = { name: 'Bernd Betriebsbeispiel', email: 'betrieb@example.org' };
export const DEMO_PROVIDER = {
	name: 'Anna Anbieterin',
	email: 'anbieter.mettmann@example.org',
	network: 'mettmann',
	organisation: 'Familienzentrum Sonnenblume (Beispiel)'
};
export const DEMO_MEMBER = { name: 'Mia Mitglied', email: 'mitglied.mettmann@example.org', network: 'mettmann' };
