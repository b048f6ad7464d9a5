import type { HelpNumber } from '$lib/server/db/schema';

/** Nationwide numbers shown in every network's help box after the network's own. */
export const NATIONWIDE_HELP_NUMBERS: HelpNumber[] = [
	{ label: 'Hilfetelefon Schwangere in Not', number: '0800 40 40 020', note: 'anonym, kostenlos, rund um die Uhr' },
	{ label: 'Elterntelefon', number: '0800 111 0 550', note: 'anonym und kostenlos' },
	{ label: 'Hilfetelefon Gewalt gegen Frauen', number: '116 016', note: 'rund um die Uhr, in vielen Sprachen' },
	{ label: 'Polizei', number: '110' },
	{ label: 'Feuerwehr und Rettungsdienst', number: '112' }
];

export function helpNumbersFor(own: HelpNumber[]): HelpNumber[] {
	const seen = new Set(own.map((h) => h.number.replace(/\D/g, '')));
	return [...own, ...NATIONWIDE_HELP_NUMBERS.filter((h) => !seen.has(h.number.replace(/\D/g, '')))];
}

/** The two or three numbers at the top of the home page: the network's important ones, else the first two nationwide ones. */
export function topHelpNumbers(own: HelpNumber[]): HelpNumber[] {
	const important = own.filter((h) => h.important).slice(0, 3);
	return important.length > 0 ? important : NATIONWIDE_HELP_NUMBERS.slice(0, 2);
}

/** tel: link target from a displayed number. */
export function telHref(number: string): string {
	return `tel:${number.replace(/[^\d+]/g, '')}`;
}
