import type { MessageKey } from '$lib/i18n';
import { isLocale } from '$lib/i18n/context';
import type { WegweiserRequest } from './make-wegweiser';

export const WHOLE_NETWORK = 'alle';

export type WegweiserChoice =
	| { ok: true; data: WegweiserRequest }
	| { ok: false; errors: Record<string, MessageKey>; values: Record<string, string> };

/** The coordinator's choice from the form's query (stadtteil, sprache, format), checked against the network's districts. */
export function readWegweiserRequest(query: URLSearchParams, districtIds: string[]): WegweiserChoice {
	const values = {
		stadtteil: (query.get('stadtteil') ?? WHOLE_NETWORK).slice(0, 100),
		sprache: (query.get('sprache') ?? '').slice(0, 20),
		format: (query.get('format') ?? '').slice(0, 10)
	};
	const errors: Record<string, MessageKey> = {};
	if (values.stadtteil !== WHOLE_NETWORK && !districtIds.includes(values.stadtteil))
		errors.stadtteil = 'share.errorDistrict';
	if (!isLocale(values.sprache)) errors.sprache = 'share.errorLanguage';
	if (values.format !== 'A4' && values.format !== 'A5') errors.format = 'share.errorFormat';
	if (Object.keys(errors).length > 0 || !isLocale(values.sprache)) return { ok: false, errors, values };
	return {
		ok: true,
		data: {
			districtId: values.stadtteil === WHOLE_NETWORK ? null : values.stadtteil,
			locale: values.sprache,
			format: values.format as WegweiserRequest['format']
		}
	};
}
