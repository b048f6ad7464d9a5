import { t, type MessageKey } from '$lib/i18n';
import type { PrivacyFacts } from './gather-privacy-facts';

export type RecordSection = {
	heading: string;
	paragraphs: string[];
	items: string[];
	table: { head: string[]; rows: string[][] } | null;
};
export type ProcessingRecordDoc = { title: string; subtitle: string; sections: RecordSection[] };

const section = (heading: MessageKey, part: Partial<RecordSection>): RecordSection => ({
	heading: t(heading),
	paragraphs: part.paragraphs ?? [],
	items: part.items ?? [],
	table: part.table ?? null
});

/** The processing activities the network actually has (a part it does not use is left out). */
function purposes(f: PrivacyFacts): string[][] {
	const row = (key: string) => [
		t(`privacy.art30.purpose.${key}` as MessageKey),
		t(`privacy.art30.persons.${key}` as MessageKey),
		t(`privacy.art30.data.${key}` as MessageKey),
		t(`privacy.art30.basis.${key}` as MessageKey)
	];
	const keys = ['portal', 'accounts', 'mail', 'audit'];
	if (f.uses.contacts) keys.splice(1, 0, 'contacts');
	if (f.uses.bodies) keys.push('bodies');
	if (f.uses.agreements) keys.push('agreements');
	if (f.uses.events) keys.push('events');
	if (f.uses.documents) keys.push('documents');
	if (f.uses.circulars) keys.push('circulars');
	return keys.map(row);
}

function measures(f: PrivacyFacts): string[] {
	const m = f.measures;
	const items: string[] = [];
	if (m.forcedRls.tables > 0 && m.forcedRls.forced === m.forcedRls.tables)
		items.push(t('privacy.art30.measure.rls', { count: m.forcedRls.tables }));
	if (m.passwordsArgon2id) items.push(t('privacy.art30.measure.argon2id'));
	if (m.secondFactorForCoordinators) items.push(t('privacy.art30.measure.totp'));
	if (m.totpSecretsSealed) items.push(t('privacy.art30.measure.secrets'));
	items.push(t('privacy.art30.measure.noTracking'));
	if (m.noThirdPartyRequests) items.push(t('privacy.art30.measure.noThirdParty'));
	if (m.https) items.push(t('privacy.art30.measure.https'));
	items.push(t('privacy.art30.measure.audit'));
	items.push(t('privacy.art30.measure.retention'));
	return items;
}

function recipients(f: PrivacyFacts): string[] {
	const r = f.recipients;
	const items = [t('privacy.art30.recipient.operator')];
	items.push(
		r.mailHost ? t('privacy.art30.recipient.mail', { host: r.mailHost }) : t('privacy.art30.recipient.noMail')
	);
	if (r.fileStoreHost) items.push(t('privacy.art30.recipient.files', { host: r.fileStoreHost }));
	if (r.mapTileHost) items.push(t('privacy.art30.recipient.tiles', { host: r.mapTileHost }));
	items.push(t('privacy.art30.recipient.public'));
	return items;
}

/** A period in words: "90 Tage" (the settings page and the record say the same). */
export const periodText = (days: number) => t('privacy.days', { days });

/**
 * The Verzeichnis von Verarbeitungstätigkeiten (Art. 30 Abs. 1 DSGVO, points a–g) written from
 * the facts: one document for the page and the PDF.
 */
export function buildProcessingRecord(f: PrivacyFacts): ProcessingRecordDoc {
	const missing = t('privacy.art30.missing');
	const controller = [f.record.controllerName || missing, f.record.controllerAddress].filter(Boolean);
	return {
		title: t('privacy.art30.title'),
		subtitle: t('privacy.art30.subtitle', { network: f.network.name, municipality: f.network.municipality }),
		sections: [
			section('privacy.art30.controller', {
				table: {
					head: [t('privacy.art30.field'), t('privacy.art30.value')],
					rows: [
						[t('privacy.art30.controllerName'), controller.join('\n')],
						[t('privacy.art30.dpo'), f.record.dpoContact || missing],
						[
							t('privacy.art30.networkContact'),
							[f.network.contactName, f.network.contactAddress, f.network.contactEmail, f.network.contactPhone]
								.filter(Boolean)
								.join('\n') || missing
						]
					]
				}
			}),
			section('privacy.art30.purposes', {
				table: {
					head: [
						t('privacy.art30.col.purpose'),
						t('privacy.art30.col.persons'),
						t('privacy.art30.col.data'),
						t('privacy.art30.col.basis')
					],
					rows: purposes(f)
				}
			}),
			section('privacy.art30.recipients', { items: recipients(f) }),
			section('privacy.art30.transfers', { paragraphs: [t('privacy.art30.noTransfers')] }),
			section('privacy.art30.retention', {
				table: {
					head: [t('privacy.art30.col.rule'), t('privacy.art30.col.period'), t('privacy.art30.col.reason')],
					rows: f.rules.map((r) => [
						t(r.label),
						r.days === null ? t(r.effect) : `${periodText(r.days)}: ${t(r.effect)}`,
						t(r.reason)
					])
				}
			}),
			section('privacy.art30.measures', { items: measures(f) }),
			...(f.record.notes ? [section('privacy.art30.notes', { paragraphs: f.record.notes.split(/\n{2,}/) })] : [])
		]
	};
}
