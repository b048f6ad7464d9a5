import { isMessageKey, t } from '$lib/i18n';
import type { PersonData } from './find-person-data';
import type { ErasureAction } from './person-data-sources/source-helpers';

/** "Wird gelöscht." / "Wird anonymisiert." / "Bleibt gespeichert: …" — the same words on the page, in the PDF and the JSON. */
export function describeAction(action: ErasureAction): string {
	switch (action.kind) {
		case 'delete':
			return t('personData.action.delete');
		case 'anonymise':
			return t('personData.action.anonymise');
		case 'keep':
			return t('personData.action.keep', { reason: t(action.reason) });
		case 'refuse':
			return t('personData.action.refuse', { reason: t(action.reason) });
	}
}

/** A stored value as one readable line. */
export function showValue(value: unknown): string {
	if (value === null || value === undefined || value === '') return '–';
	if (typeof value === 'boolean') return value ? t('personData.yes') : t('personData.no');
	if (typeof value === 'string') return value;
	return JSON.stringify(value);
}

/** A field's German name, or its key when the catalog has none. */
export function fieldLabel(key: string): string {
	const k = `personData.field.${key}`;
	return isMessageKey(k) ? t(k) : key;
}

/** The result as the pages show it: per source its title and records, each with readable fields and the action in words. */
export function viewPersonData(data: PersonData) {
	return {
		total: data.total,
		sources: data.sources.map((s) => ({
			key: s.key,
			title: t(s.title),
			records: s.records.map((r) => ({
				label: r.label,
				kind: r.action.kind,
				action: describeAction(r.action),
				fields: Object.entries(r.data).map(([k, v]) => ({ label: fieldLabel(k), value: showValue(v).slice(0, 2000) }))
			}))
		}))
	};
}
