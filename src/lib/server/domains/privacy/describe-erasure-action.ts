import { t } from '$lib/i18n';
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
