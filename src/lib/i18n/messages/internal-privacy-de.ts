/** German texts of the coordinator's data-protection tools under /intern/datenschutz (issue 16): retention, Art. 30, Art. 13. Spread into `de`. */
export const internalPrivacyDe = {
	'privacy.nav': 'Datenschutz',
	'privacy.back': 'Zurück zu Datenschutz',
	'privacy.days': '{days, plural, one {# Tag} other {# Tage}}',
	'privacy.hub.title': 'Datenschutz',
	'privacy.hub.intro':
		'Werkzeuge der Netzwerkkoordination für die Datenschutz-Grundverordnung: was wie lange gespeichert wird, das Verzeichnis der Verarbeitungstätigkeiten, der Datenschutzhinweis des Portals und Anfragen betroffener Personen.',
	'privacy.hub.retention': 'Aufbewahrung',
	'privacy.hub.retentionText':
		'Fristen für Mails, Anmeldungen, Zusagen und Protokoll – mit Rechtsgrund und den letzten Löschläufen.',
	'privacy.hub.record': 'Verzeichnis (Art. 30)',
	'privacy.hub.recordText':
		'Das Verzeichnis von Verarbeitungstätigkeiten aus den Einstellungen, zum Drucken und als PDF.',
	'privacy.hub.notice': 'Datenschutzhinweis (Art. 13)',
	'privacy.hub.noticeText':
		'Der Text der Seite „Datenschutz“ im Portal; eine Vorlage aus denselben Angaben lässt sich einfügen.',
	'privacy.hub.persons': 'Auskunft und Löschung (Art. 15/17)',
	'privacy.hub.personsText': 'Eine Person suchen, ihre Daten ausgeben oder löschen.',

	'privacy.retention.title': 'Aufbewahrung',
	'privacy.retention.intro':
		'Jede Regel löscht oder leert Daten, sobald ihre Frist abgelaufen ist. Die Fristen gelten nur für Ihr Netzwerk. Ein Lauf findet einmal am Tag statt.',
	'privacy.retention.rules': 'Fristen',
	'privacy.retention.period': 'Frist in Tagen für „{label}“',
	'privacy.retention.default': 'Voreinstellung: {period}.',
	'privacy.retention.limits': 'Ganze Tage, {min} bis {max}.',
	'privacy.retention.effect': 'Was geschieht',
	'privacy.retention.reason': 'Rechtsgrund',
	'privacy.retention.fixed': 'Fest für die ganze Installation, nicht einstellbar.',
	'privacy.retention.saved': 'Die Fristen wurden gespeichert.',
	'privacy.retention.save': 'Fristen speichern',
	'privacy.retention.runs': 'Letzte Läufe',
	'privacy.retention.noRuns': 'Noch kein Lauf.',
	'privacy.retention.runDate': 'Datum',
	'privacy.retention.runRule': 'Regel',
	'privacy.retention.runCount': 'Anzahl',
	'privacy.retention.runError': 'Fehler: {message}',
	'privacy.retention.installationCount': '{count} (ganze Installation)',
	'privacy.retention.error.whole': 'Bitte geben Sie eine ganze Zahl von Tagen ein, z. B. 90.',
	'privacy.retention.error.range': 'Bitte geben Sie eine Frist im erlaubten Bereich ein (siehe Hinweis).',

	'privacy.rule.outbox_bodies.label': 'Inhalt versandter E-Mails',
	'privacy.rule.outbox_bodies.effect':
		'Text, HTML und Anhänge versandter Mails werden geleert; Empfänger, Betreff und Versandzeit bleiben.',
	'privacy.rule.outbox_bodies.reason':
		'Art. 5 Abs. 1 lit. c und e DSGVO (Datenminimierung, Speicherbegrenzung): Der Inhalt (persönliche Links, Namen, Antworten) wird nach dem Versand nicht mehr gebraucht. Der Versand selbst bleibt belegt (Art. 5 Abs. 2 DSGVO).',
	'privacy.rule.event_registrations.label': 'Anmeldungen zu Veranstaltungen (nach der Veranstaltung)',
	'privacy.rule.event_registrations.effect':
		'Anmeldungen mit Antworten und Anwesenheit werden gelöscht, Namen auf Bescheinigungen geleert; die Zahlen bleiben.',
	'privacy.rule.event_registrations.reason':
		'Art. 5 Abs. 1 lit. e DSGVO: Die Daten werden für Durchführung, Bescheinigungen und Rückfragen gebraucht, danach nur noch als Zahl für Berichte. Der Prüfcode einer Bescheinigung bleibt ohne Namen.',
	'privacy.rule.contact_requests_open.label': 'Kontaktanfragen von Eltern (nach dem Absenden)',
	'privacy.rule.contact_requests_open.effect':
		'Die Anfrage mit Name, Telefon, E-Mail und Nachricht wird gelöscht, ob erledigt oder nicht. Eltern lesen die Frist vor dem Absenden.',
	'privacy.rule.contact_requests_open.reason':
		'Art. 5 Abs. 1 lit. c und e DSGVO: Die Angaben dienen nur der einen Rückmeldung des Angebots; eine Anfrage, auf die nach dieser Zeit niemand geantwortet hat, wird nicht mehr gebraucht.',
	'privacy.rule.contact_requests_done.label': 'Kontaktanfragen von Eltern (nach „erledigt“)',
	'privacy.rule.contact_requests_done.effect':
		'Eine als erledigt markierte Anfrage wird nach dieser Frist gelöscht, wenn das früher ist als die Frist nach dem Absenden.',
	'privacy.rule.contact_requests_done.reason':
		'Art. 5 Abs. 1 lit. e und Art. 17 Abs. 1 lit. a DSGVO: Nach der Rückmeldung ist der Zweck erreicht; die kurze Frist lässt Zeit für Rückfragen.',
	'privacy.rule.rsvp_answers.label': 'Zusagen zu Sitzungen (nach der Sitzung)',
	'privacy.rule.rsvp_answers.effect':
		'Einladungen mit Name, Adresse und Antwort werden gelöscht; die im Protokoll erfasste Anwesenheit bleibt.',
	'privacy.rule.rsvp_answers.reason':
		'Art. 5 Abs. 1 lit. e DSGVO: Zusagen dienen der Planung einer Sitzung; nachweisen muss das Netzwerk nur die Anwesenheit (Protokoll).',
	'privacy.rule.audit_log.label': 'Änderungsprotokoll',
	'privacy.rule.audit_log.effect': 'Einträge des Protokolls (wer hat wann was geändert) werden gelöscht.',
	'privacy.rule.audit_log.reason':
		'Art. 5 Abs. 2 und Art. 32 DSGVO (Rechenschaftspflicht, Sicherheit): Änderungen müssen nachvollziehbar bleiben; drei Jahre entsprechen der regelmäßigen Verjährungsfrist (§ 195 BGB).',
	'privacy.rule.sessions_tokens.label': 'Sitzungen, Links und Zähler der Anmeldung',
	'privacy.rule.sessions_tokens.effect':
		'Abgelaufene oder unbenutzte Anmelde-Sitzungen sofort, Links zum Passwort und zur Einladung 7 Tage nach Ablauf oder Verwendung, Zähler gegen Missbrauch nach einem Tag.',
	'privacy.rule.sessions_tokens.reason':
		'Art. 32 DSGVO: Was zur Anmeldung und gegen Missbrauch dient, wird gelöscht, sobald es nicht mehr gebraucht wird.',

	'privacy.art30.title': 'Verzeichnis von Verarbeitungstätigkeiten',
	'privacy.art30.subtitle': 'nach Art. 30 Abs. 1 DSGVO – {network} ({municipality})',
	'privacy.art30.intro':
		'Das Verzeichnis entsteht aus den Einstellungen Ihres Netzwerks: Fristen aus „Aufbewahrung“, technische Maßnahmen aus dem laufenden System. Verantwortliche Stelle und Datenschutzbeauftragte tragen Sie unten ein.',
	'privacy.art30.print': 'Drucken: Die Seite ist für den Druck eingerichtet (Strg + P).',
	'privacy.art30.pdf': 'Als PDF herunterladen',
	'privacy.art30.generated': 'Erstellt am {date} aus den aktuellen Einstellungen.',
	'privacy.art30.missing': '(noch nicht eingetragen)',
	'privacy.art30.controller': 'a) Verantwortliche Stelle und Datenschutzbeauftragte',
	'privacy.art30.field': 'Angabe',
	'privacy.art30.value': 'Eintrag',
	'privacy.art30.controllerName': 'Verantwortliche Stelle',
	'privacy.art30.dpo': 'Datenschutzbeauftragte(r)',
	'privacy.art30.networkContact': 'Netzwerkkoordination',
	'privacy.art30.purposes': 'b) und c) Zwecke, betroffene Personen, Daten und Rechtsgrundlagen',
	'privacy.art30.col.purpose': 'Zweck',
	'privacy.art30.col.persons': 'Betroffene Personen',
	'privacy.art30.col.data': 'Daten',
	'privacy.art30.col.basis': 'Rechtsgrundlage',
	'privacy.art30.purpose.portal': 'Familienportal: Angebote, Veranstaltungen und Ansprechpersonen finden',
	'privacy.art30.persons.portal': 'Besuchende des Portals; öffentlich genannte Ansprechpersonen',
	'privacy.art30.data.portal':
		'Keine Daten der Besuchenden (keine Cookies, Merkliste nur in der Adresse); Suchen nur als Tag, Begriff und Trefferzahl. Ansprechpersonen: Name, Funktion, dienstliche Kontaktdaten.',
	'privacy.art30.basis.portal':
		'Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 KKG; für genannte Ansprechpersonen Einwilligung (Art. 6 Abs. 1 lit. a)',
	'privacy.art30.purpose.contacts': 'Netzwerkarbeit: Mitglieder und Ansprechpersonen verwalten',
	'privacy.art30.persons.contacts': 'Ansprechpersonen der Mitgliedsorganisationen und Kooperationspartner',
	'privacy.art30.data.contacts': 'Name, Funktion, dienstliche E-Mail und Telefon, Sichtbarkeit und Einwilligung',
	'privacy.art30.basis.contacts': 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 KKG; Sichtbarkeit nur mit Einwilligung',
	'privacy.art30.purpose.accounts': 'Zugänge für Fachkräfte und Koordination',
	'privacy.art30.persons.accounts': 'Inhaberinnen und Inhaber eines Kontos',
	'privacy.art30.data.accounts':
		'Name, E-Mail, Passwort als argon2id-Hash, zweiter Faktor, Rollen, Anmelde-Sitzungen mit Gerät und Zeit',
	'privacy.art30.basis.accounts': 'Art. 6 Abs. 1 lit. e DSGVO; Art. 32 DSGVO',
	'privacy.art30.purpose.mail': 'E-Mail-Versand (Einladungen, Erinnerungen, Links)',
	'privacy.art30.persons.mail': 'Empfängerinnen und Empfänger',
	'privacy.art30.data.mail': 'Adresse, Betreff, Inhalt (bis zur Frist), Versandstatus',
	'privacy.art30.basis.mail': 'wie der Zweck, für den die Mail versandt wird',
	'privacy.art30.purpose.audit': 'Nachvollziehbarkeit von Änderungen (Protokoll)',
	'privacy.art30.persons.audit': 'Personen, die im internen Bereich etwas ändern; geänderte Datensätze',
	'privacy.art30.data.audit': 'Wer, wann, was, Stand vorher und nachher',
	'privacy.art30.basis.audit': 'Art. 6 Abs. 1 lit. c und e DSGVO i. V. m. Art. 5 Abs. 2 und Art. 32 DSGVO',
	'privacy.art30.purpose.bodies': 'Gremien und Sitzungen: Einladungen, Zusagen, Anwesenheit, Protokolle, Aufgaben',
	'privacy.art30.persons.bodies': 'Mitglieder der Gremien, Eingeladene, Aufgabenverantwortliche',
	'privacy.art30.data.bodies': 'Name, Organisation, E-Mail, Antwort auf die Einladung, Anwesenheit',
	'privacy.art30.basis.bodies': 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 KKG',
	'privacy.art30.purpose.agreements': 'Kooperationsvereinbarungen: Versand und Unterschriften',
	'privacy.art30.persons.agreements': 'Unterzeichnende der Mitgliedsorganisationen',
	'privacy.art30.data.agreements': 'Name, Funktion, Organisation, Zeitpunkt, ggf. Scan der Unterschrift',
	'privacy.art30.basis.agreements': 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 Abs. 3 KKG',
	'privacy.art30.purpose.events': 'Veranstaltungen und Fortbildungen: Anmeldung, Warteliste, Bescheinigung',
	'privacy.art30.persons.events': 'Angemeldete Teilnehmende (Fachkräfte und Familien)',
	'privacy.art30.data.events':
		'Name, E-Mail, ggf. Telefon und Antworten auf Fragen der Veranstaltung, Sprache, Anwesenheit; Rückmeldungen ohne Person',
	'privacy.art30.basis.events': 'Art. 6 Abs. 1 lit. b und e DSGVO; Hinweis im Anmeldeformular',
	'privacy.art30.purpose.documents': 'Dokumente des Netzwerks und der Gremien',
	'privacy.art30.persons.documents': 'In Dokumenten genannte Personen',
	'privacy.art30.data.documents': 'Inhalt der hochgeladenen Dateien (Zugriff nach Stufe)',
	'privacy.art30.basis.documents': 'Art. 6 Abs. 1 lit. e DSGVO',
	'privacy.art30.purpose.circulars': 'Rundschreiben an Mitglieder',
	'privacy.art30.persons.circulars': 'Ansprechpersonen mit E-Mail',
	'privacy.art30.data.circulars': 'E-Mail-Adresse, Abmeldung von nicht notwendigen Rundschreiben',
	'privacy.art30.basis.circulars': 'Art. 6 Abs. 1 lit. e DSGVO',
	'privacy.art30.recipients': 'd) Empfänger',
	'privacy.art30.recipient.operator':
		'Betrieb der Plattform (technischer Betrieb, Auftragsverarbeitung nach Art. 28 DSGVO)',
	'privacy.art30.recipient.mail': 'Mailserver {host} (Versand der E-Mails)',
	'privacy.art30.recipient.noMail': 'Kein Mailserver eingerichtet: E-Mails bleiben im Postausgang.',
	'privacy.art30.recipient.files': 'Dateispeicher {host} (Dokumente, Scans)',
	'privacy.art30.recipient.tiles':
		'Kartendienst {host} (Kartenkacheln im Portal; die Adresse der Besuchenden wird übertragen)',
	'privacy.art30.recipient.public':
		'Öffentlichkeit: nur Angebote, Veranstaltungen und Ansprechpersonen mit Einwilligung',
	'privacy.art30.transfers': 'e) Übermittlung in Drittländer',
	'privacy.art30.noTransfers':
		'Die Anwendung übermittelt keine Daten in Drittländer. Für die oben genannten Dienstleister ist der Standort beim Betrieb zu prüfen.',
	'privacy.art30.retention': 'f) Fristen für die Löschung',
	'privacy.art30.col.rule': 'Daten',
	'privacy.art30.col.period': 'Frist',
	'privacy.art30.col.reason': 'Grund',
	'privacy.art30.measures': 'g) Technische und organisatorische Maßnahmen (Art. 32 DSGVO)',
	'privacy.art30.measure.rls':
		'Trennung der Netzwerke in der Datenbank: Zeilensicherheit (Row-Level Security) erzwungen auf allen {count} Tabellen mit Netzwerkdaten.',
	'privacy.art30.measure.argon2id': 'Passwörter nur als argon2id-Hash gespeichert.',
	'privacy.art30.measure.totp':
		'Zweiter Faktor (TOTP) Pflicht für Koordination und Betrieb; Sperre nach Fehlversuchen.',
	'privacy.art30.measure.secrets':
		'Geheimnisse des zweiten Faktors verschlüsselt gespeichert (AES-256-GCM, Schlüssel aus APP_SECRET).',
	'privacy.art30.measure.noTracking': 'Keine Analyse- oder Tracking-Werkzeuge, keine Cookies im Portal.',
	'privacy.art30.measure.noThirdParty':
		'Keine Anfragen an Dritte: Schriften, Skripte und Karten kommen von diesem Server.',
	'privacy.art30.measure.https': 'Übertragung verschlüsselt (HTTPS).',
	'privacy.art30.measure.audit': 'Jede Änderung im internen Bereich wird protokolliert (wer, wann, was).',
	'privacy.art30.measure.retention': 'Automatische Löschung nach den Fristen oben (täglicher Lauf, protokolliert).',
	'privacy.art30.notes': 'Ergänzungen',
	'privacy.art30.form': 'Angaben der verantwortlichen Stelle',
	'privacy.art30.formIntro': 'Diese Angaben erscheinen im Verzeichnis und in der Vorlage des Datenschutzhinweises.',
	'privacy.art30.controllerNameField': 'Name der verantwortlichen Stelle',
	'privacy.art30.controllerNameHint': 'z. B. Landkreis Musterland, Jugendamt',
	'privacy.art30.controllerAddressField': 'Anschrift der verantwortlichen Stelle',
	'privacy.art30.dpoField': 'Kontakt der oder des Datenschutzbeauftragten',
	'privacy.art30.dpoHint': 'Name oder Funktion, Anschrift, E-Mail',
	'privacy.art30.notesField': 'Ergänzungen (optional)',
	'privacy.art30.save': 'Angaben speichern',
	'privacy.art30.saved': 'Die Angaben wurden gespeichert.',

	'privacy.art13.insert': 'Vorlage einfügen',
	'privacy.art13.insertHint':
		'Füllt das Feld „Datenschutzhinweis“ mit einer Vorlage aus den Angaben im Verzeichnis (Art. 30). Gespeichert wird erst mit „Speichern“.',
	'privacy.art13.inserted':
		'Die Vorlage steht jetzt im Feld „Datenschutzhinweis“. Bitte prüfen und ergänzen Sie sie und speichern Sie dann. Ihr bisher gespeicherter Text bleibt bis dahin unverändert.',
	'privacy.art13.controller': 'Verantwortliche Stelle',
	'privacy.art13.dpo': 'Datenschutzbeauftragte',
	'privacy.art13.network': 'Netzwerkkoordination',
	'privacy.art13.portal': 'Nutzung dieses Portals',
	'privacy.art13.portalText':
		'Sie können das Portal ohne Anmeldung nutzen. Wir setzen keine Cookies und keine Analyse- oder Tracking-Werkzeuge ein. Ihre Merkliste steht nur in der Adresse der Seite. Suchanfragen zählen wir ohne Bezug zu Ihrer Person (Tag, Suchbegriff, Zahl der Treffer), um das Angebot zu verbessern.',
	'privacy.art13.noThirdParty':
		'Beim Besuch werden keine Daten an Dritte übertragen: Schriften, Skripte und Karten kommen von unserem Server.',
	'privacy.art13.events': 'Anmeldung zu Veranstaltungen',
	'privacy.art13.eventsText':
		'Wenn Sie sich anmelden, speichern wir Ihren Namen, Ihre E-Mail-Adresse und Ihre Antworten im Formular, um die Veranstaltung durchzuführen und Ihnen zu schreiben (Art. 6 Abs. 1 lit. b und e DSGVO). Nach der Frist unten löschen wir die Anmeldung; es bleiben nur Zahlen.',
	'privacy.art13.recipients': 'Empfänger',
	'privacy.art13.recipientsText':
		'Ihre Daten sehen nur die Netzwerkkoordination und, bei Veranstaltungen, die Veranstaltenden. Technische Dienstleister arbeiten in unserem Auftrag (Art. 28 DSGVO):',
	'privacy.art13.processorMail': 'Versand von E-Mails über {host}',
	'privacy.art13.processorFiles': 'Speicherung von Dateien bei {host}',
	'privacy.art13.processorTiles': 'Kartenkacheln von {host} (dabei wird Ihre IP-Adresse übertragen)',
	'privacy.art13.periods': 'Wie lange wir Daten speichern',
	'privacy.art13.rights': 'Ihre Rechte',
	'privacy.art13.rightsText':
		'Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung (Art. 18), Widerspruch (Art. 21) und den Widerruf einer Einwilligung mit Wirkung für die Zukunft (Art. 7 Abs. 3). Wenden Sie sich dafür an die Netzwerkkoordination oder die Datenschutzbeauftragte.',
	'privacy.art13.complaint': 'Beschwerde',
	'privacy.art13.complaintText':
		'Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren, zum Beispiel bei der Landesbeauftragten für Datenschutz Ihres Bundeslandes (Art. 77 DSGVO).'
} as const;
