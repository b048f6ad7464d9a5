import { AppError } from '$lib/server/errors';
import { listSynonyms, saveSynonyms } from '$lib/server/domains/taxonomy/manage-synonyms';
import type { TenantContext } from '$lib/server/domains/shared/context';
import type { AddSynonymInput } from './demand-schemas';

/** How a group is named in the form: its terms as the synonyms page shows them. */
export const groupKey = (terms: string[]) => terms.join(', ');

/**
 * "Als Synonym hinzufügen": the searched term joins an existing group of the synonyms page, or
 * forms a new group with a term the coordinator typed. Saved through the synonyms use case (audited).
 */
export async function addSearchSynonym(ctx: TenantContext, input: AddSynonymInput): Promise<string[]> {
	const term = input.term.trim().toLowerCase();
	const groups = await listSynonyms(ctx);
	let changed: string[];
	if (input.group) {
		const index = groups.findIndex((g) => groupKey(g) === input.group);
		if (index < 0) throw new AppError('validation', { field: 'group', message: 'demand.error.groupGone' });
		changed = [...new Set([...groups[index]!, term])];
		groups[index] = changed;
	} else {
		const partner = input.partner.toLowerCase();
		if (partner === term) throw new AppError('validation', { field: 'partner', message: 'demand.error.sameTerm' });
		// A typed term that already has a group: the searched term joins that group.
		const index = groups.findIndex((g) => g.includes(partner));
		changed = index >= 0 ? [...new Set([...groups[index]!, term])] : [partner, term];
		if (index >= 0) groups[index] = changed;
		else groups.push(changed);
	}
	await saveSynonyms(ctx, groups);
	return changed;
}
