/** German texts of the internal area's organisations, accounts, tenancy and privacy (server-made texts: PDFs, exports, messages). Spread into `de`. */
export const internalNetworkDe = {
	// Column headings of the member directory export (a spreadsheet for people, not an import format).
	'intern.directory.column.organisation': 'Organisation',
	'intern.directory.column.category': 'Partnerkategorie',
	'intern.directory.column.membership': 'Mitgliedschaft',
	'intern.directory.column.phone': 'Telefon',
	'intern.directory.column.email': 'E-Mail',
	'intern.directory.column.web': 'Webseite',
	'intern.directory.column.contact': 'Ansprechperson',
	'intern.directory.column.role': 'Funktion',
	'intern.directory.column.contactPhone': 'Telefon (Person)',
	'intern.directory.column.contactEmail': 'E-Mail (Person)',
	'intern.directory.column.visibility': 'Sichtbarkeit'
} as const;
