import { requireRole } from '$lib/server/domains/shared/actor';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { collectPersonData, type PersonData } from './find-person-data';
import type { ErasureAction, PersonQuery } from './person-data-sources/source-helpers';

export type ErasureCounts = Record<ErasureAction['kind'], number>;
export type ErasurePreview = PersonData & { counts: ErasureCounts; refused: boolean };

/** How many records each action would touch, and whether a record refuses the erasure as a whole. */
export function countActions(data: PersonData): { counts: ErasureCounts; refused: boolean } {
	const counts: ErasureCounts = { delete: 0, anonymise: 0, keep: 0, refuse: 0 };
	for (const s of data.sources) for (const r of s.records) counts[r.action.kind]++;
	return { counts, refused: counts.refuse > 0 };
}

/** Art. 17, step one: every record of the person with what the erasure will do to it (coordinators only). */
export async function previewPersonErasure(ctx: TenantContext, query: PersonQuery): Promise<ErasurePreview> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const data = await tenantTx(ctx, (tx) => collectPersonData(tx, ctx, query));
	return { ...data, ...countActions(data) };
}
