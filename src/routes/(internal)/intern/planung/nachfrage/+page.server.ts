import { fail } from '@sveltejs/kit';
import { demandSignals } from '$lib/server/domains/planning/demand-signals';
import { closeDemandGap, listDemandGaps, noteDemandGap } from '$lib/server/domains/planning/note-demand-gap';
import { addSearchSynonym, groupKey } from '$lib/server/domains/planning/add-search-synonym';
import { addSynonymSchema, noteGapSchema } from '$lib/server/domains/planning/demand-schemas';
import { listSynonyms } from '$lib/server/domains/taxonomy/manage-synonyms';
import { coordinatorContext } from '$lib/server/http/context';
import { formValues, parseForm } from '$lib/server/http/forms';
import { actionFail, raise } from '$lib/server/http/errors';
import { uuidParam } from '$lib/server/http/params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = coordinatorContext(event);
	try {
		const [signals, gaps, groups] = await Promise.all([
			demandSignals(ctx, event.url.searchParams.get('monat')),
			listDemandGaps(ctx),
			listSynonyms(ctx)
		]);
		return { signals, gaps, groups: groups.map(groupKey) };
	} catch (e) {
		raise(e);
	}
};

/** Bad input of one row's form: the errors, what was typed, and which form it was (so that row shows them). */
const rowFail = (status: number, kind: string, errors: Record<string, string>, values: Record<string, string>) =>
	fail(status, { kind, errors, values });

export const actions: Actions = {
	noteGap: async (event) => {
		const form = await event.request.formData();
		const values = formValues(form);
		const parsed = parseForm(noteGapSchema, form);
		if (!parsed.ok) return rowFail(400, 'gap', parsed.errors, values);
		try {
			await noteDemandGap(coordinatorContext(event), parsed.data);
		} catch (e) {
			const f = actionFail(e, values);
			return rowFail(f.status, 'gap', f.data.errors, values);
		}
		return { gapNoted: parsed.data.term };
	},
	addSynonym: async (event) => {
		const form = await event.request.formData();
		const values = formValues(form);
		const parsed = parseForm(addSynonymSchema, form);
		if (!parsed.ok) return rowFail(400, 'synonym', parsed.errors, values);
		try {
			const group = await addSearchSynonym(coordinatorContext(event), parsed.data);
			return { synonymAdded: group.join(', ') };
		} catch (e) {
			const f = actionFail(e, values);
			return rowFail(f.status, 'synonym', f.data.errors, values);
		}
	},
	closeGap: async (event) => {
		const form = await event.request.formData();
		try {
			await closeDemandGap(coordinatorContext(event), uuidParam(String(form.get('id') ?? '')));
		} catch (e) {
			return actionFail(e, {});
		}
		return { gapClosed: true };
	}
};
