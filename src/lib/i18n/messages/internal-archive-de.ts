/** German texts of the network archive (issue 17): the download on /intern/einstellungen and /betrieb, the import on /betrieb. Spread into `de`. */
export const internalArchiveDe = {
	'archive.title': 'Netzwerk als Archiv',
	'archive.intro':
		'Das ganze Netzwerk als eine ZIP-Datei: alle Tabellen als JSON, alle gespeicherten Dateien und ein Verzeichnis (manifest.json) mit Anzahlen und Prüfsummen. Konten, Passwörter und persönliche Links sind nicht enthalten.',
	'archive.download': 'Archiv herunterladen (ZIP)',
	'archive.import.title': 'Netzwerk aus einem Archiv übernehmen',
	'archive.import.intro':
		'Laden Sie das Archiv eines Netzwerks aus einer anderen Installation hoch. Es wird zuerst vollständig geprüft; übernommen wird erst, wenn Sie bestätigen – ganz oder gar nicht.',
	'archive.import.file': 'Archiv (ZIP-Datei)',
	'archive.import.slug': 'Adresse des Netzwerks',
	'archive.import.slugHint': 'Leer lassen, um die Adresse aus dem Archiv zu übernehmen.',
	'archive.import.check': 'Archiv prüfen',
	'archive.import.summary': 'Prüfung bestanden: {name}',
	'archive.import.summaryMeta':
		'Erstellt am {date}, {files, plural, one {# Datei} other {# Dateien}} ({size}), Adresse /{slug}.',
	'archive.import.missingFiles':
		'{count, plural, one {Eine Datei fehlte} other {# Dateien fehlten}} schon beim Herunterladen im Speicher der anderen Installation.',
	'archive.import.table': 'Tabelle',
	'archive.import.rows': 'Zeilen',
	'archive.import.confirm': 'Netzwerk jetzt übernehmen',
	'archive.import.done':
		'Das Netzwerk {name} wurde übernommen. Laden Sie jetzt die Netzwerkkoordination ein – Konten werden nicht übertragen.',
	'archive.import.expired': 'Die geprüfte Datei ist nicht mehr vorhanden. Bitte laden Sie das Archiv erneut hoch.',
	'archive.error.fileMissing': 'Bitte wählen Sie eine ZIP-Datei aus.',
	'archive.error.notZip': 'Die Datei ist kein ZIP-Archiv.',
	'archive.error.noManifest': 'Im Archiv fehlt das Verzeichnis manifest.json. Es ist kein Archiv eines Netzwerks.',
	'archive.error.badManifest': 'Das Verzeichnis manifest.json im Archiv ist unlesbar oder unvollständig.',
	'archive.error.newerSchema':
		'Das Archiv stammt aus einer neueren Version der Anwendung. Aktualisieren Sie zuerst diese Installation.',
	'archive.error.checksum': 'Eine Prüfsumme stimmt nicht: Das Archiv ist beschädigt oder wurde verändert.',
	'archive.error.incomplete': 'Das Archiv ist unvollständig oder enthält Dateien, die nicht im Verzeichnis stehen.',
	'archive.error.tooLarge':
		'Das Archiv ist zu groß oder entpackt sich verdächtig stark (zu viele Einträge oder zu viele Daten).',
	'archive.error.unreadable': 'Das Archiv ist beschädigt und kann nicht gelesen werden.',
	'archive.error.unknownTable': 'Das Archiv enthält Daten, die diese Installation nicht kennt.',
	'archive.error.foreignRows': 'Das Archiv enthält Daten eines anderen Netzwerks.',
	'archive.error.inconsistent': 'Die Daten im Archiv passen nicht zusammen. Es wurde nichts übernommen.',
	'archive.error.alreadyHere': 'Dieses Netzwerk ist bereits in dieser Installation vorhanden.',
	'archive.error.slugTaken': 'Diese Adresse ist schon vergeben. Bitte wählen Sie eine andere.'
} as const;
