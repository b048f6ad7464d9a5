import { listDistricts } from '$lib/server/domains/taxonomy/manage-districts';
import { readWegweiserRequest } from '$lib/server/domains/wegweiser/wegweiser-request';
import { coordinatorContext } from '$lib/server/http/context';
import type { MessageKey } from '$lib/i18n';
import type { PageServerLoad } from './$types';

/** The form; a choice the PDF endpoint refused comes back here in the query and is shown with its messages. */
export const load: PageServerLoad = async (event) => {
	const districts = await listDistricts(coordinatorContext(event));
	const query = event.url.searchParams;
	const returned = query.has('sprache') || query.has('format') || query.has('fehler');
	const choice = returned
		? readWegweiserRequest(
				query,
				districts.map((d) => d.id)
			)
		: null;
	const errors: Record<string, MessageKey> = choice && !choice.ok ? { ...choice.errors } : {};
	if (query.get('fehler') === 'drucker') errors.form = 'share.errorPrinter';
	return {
		districts: districts.map((d) => ({ id: d.id, name: d.name })),
		values:
			choice && !choice.ok ? choice.values : { stadtteil: query.get('stadtteil') ?? '', sprache: 'de', format: 'A4' },
		errors: Object.keys(errors).length ? errors : undefined
	};
};
