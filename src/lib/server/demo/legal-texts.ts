import type { DemoNetwork } from './demo-networks';

/** Sample legal texts for demo networks; a real network writes its own in the settings. */
export function demoLegalTexts(n: DemoNetwork) {
	const contact = `${n.contactName}\n${n.contactAddress}\nTelefon ${n.contactPhone}\nE-Mail ${n.contactEmail}`;
	return {
		privacyText: `## Verantwortliche Stelle\n\n${n.municipality} (Beispieldaten), vertreten durch die Netzwerkkoordination:\n${contact}\n\n## Datenschutzbeauftragte\n\nDatenschutzbeauftragte der Kommune (Beispiel), datenschutz@example.org\n\n## Welche Daten wir verarbeiten\n\nWenn Sie diese Seiten lesen, speichern wir keine Cookies und keine personenbezogenen Daten. Es werden keine Inhalte von anderen Anbietern geladen und kein Tracking eingesetzt. Für Suchstatistiken zählen wir nur Suchbegriffe, Trefferzahlen und den Tag – ohne IP-Adresse.\n\nWenn Sie uns schreiben oder anrufen, verarbeiten wir Ihre Angaben nur, um Ihr Anliegen zu bearbeiten (Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit § 3 KKG).\n\n## Ihre Rechte\n\n- Auskunft (Art. 15 DSGVO)\n- Berichtigung (Art. 16 DSGVO)\n- Löschung (Art. 17 DSGVO)\n- Einschränkung der Verarbeitung (Art. 18 DSGVO)\n- Widerspruch (Art. 21 DSGVO)\n- Beschwerde bei der Landesdatenschutzbehörde (Art. 77 DSGVO)`,
		imprintText: `## Herausgeber\n\n${n.municipality} (Beispieldaten)\n${n.contactAddress}\n\n## Inhaltlich verantwortlich\n\n${contact}\n\n## Hinweis\n\nDies ist ein Beispielnetzwerk. Alle Personen, Adressen und Nummern sind erfunden.`,
		accessibilityText: `## Stand der Vereinbarkeit\n\nDiese Website soll die Anforderungen der BITV 2.0 und der WCAG 2.2 auf Stufe AA erfüllen. Alle Seiten funktionieren ohne JavaScript, lassen sich mit der Tastatur bedienen und auf 200 % vergrößern.\n\n## Barriere melden\n\nWenn Ihnen eine Barriere auffällt, schreiben Sie uns bitte:\n${contact}\n\n## Schlichtungsverfahren\n\nWenn wir Ihnen nicht zufriedenstellend antworten, können Sie sich an die Schlichtungsstelle Ihres Landes wenden.`
	};
}
