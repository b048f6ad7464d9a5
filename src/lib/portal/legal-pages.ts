/** The network's legal pages: Datenschutz (Art. 13), Impressum, Barrierefreiheit. */
export const LEGAL_PAGES = {
	datenschutz: { field: 'privacyText', title: 'portal.privacyTitle' },
	impressum: { field: 'imprintText', title: 'portal.imprintTitle' },
	barrierefreiheit: { field: 'accessibilityText', title: 'portal.accessibilityTitle' }
} as const;
export type LegalPage = keyof typeof LEGAL_PAGES;

export function isLegalPage(param: string): param is LegalPage {
	return Object.hasOwn(LEGAL_PAGES, param);
}
