import { z } from 'zod';
import { synonymGroups } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';

export async function listSynonyms(ctx: TenantContext): Promise<string[][]> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) =>
		(await tx.select({ terms: synonymGroups.terms }).from(synonymGroups).where(scoped(synonymGroups, ctx))).map(
			(g) => g.terms
		)
	);
}

/** One group per line, terms separated by commas: "Kinderarzt, Pädiater, Kinder- und Jugendarzt". */
export function parseSynonymText(text: string): string[][] {
	return text
		.split(/\r?\n/)
		.map((line) => [
			...new Set(
				line
					.split(',')
					.map((t) => t.trim().toLowerCase())
					.filter(Boolean)
			)
		])
		.filter((group) => group.length >= 2);
}

export const synonymsSchema = z.object({
	synonyms: z
		.string()
		.max(20_000, 'error.tooLong')
		.refine(
			(v) =>
				v.split(/\r?\n/).every((line) => line.trim() === '' || line.split(',').filter((t) => t.trim()).length >= 2),
			'error.synonymLine'
		)
});

export async function saveSynonyms(ctx: TenantContext, groups: string[][]) {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	await tenantTx(ctx, async (tx) => {
		await tx.delete(synonymGroups).where(scoped(synonymGroups, ctx));
		if (groups.length)
			await tx.insert(synonymGroups).values(groups.map((terms) => ({ networkId: ctx.network.id, terms })));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'update',
			entity: 'synonyms',
			entityId: ctx.network.id,
			after: groups
		});
	});
}
