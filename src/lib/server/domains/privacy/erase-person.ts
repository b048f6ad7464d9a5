import { randomUUID } from 'node:crypto';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import type { FileStore } from '$lib/server/domains/documents/file-store-types';
import { PERSON_SOURCES } from './person-data-sources/person-sources';
import type { ErasureRun, PersonQuery } from './person-data-sources/source-helpers';
import { collectPersonData } from './find-person-data';
import { countActions, type ErasureCounts } from './preview-person-erasure';

export type ErasureResult = { erasureId: string; pseudonym: string; counts: ErasureCounts };

/**
 * Art. 17, step two: in one transaction every source deletes or anonymises the person's records
 * (kept ones stay, with their reason), the audit log and the outbox lose the person's name and
 * address, and one audit entry records the erasure with counts only. Files of erased records are
 * removed after the commit. Refused as a whole when a record forbids it (the only coordinator).
 */
export async function erasePerson(
	ctx: TenantContext & { files: FileStore },
	query: PersonQuery
): Promise<ErasureResult> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	const erasureId = randomUUID();
	const pseudonym = `Person gelöscht ${now.toISOString().slice(0, 10)} #${erasureId.slice(0, 8)}`;
	const { result, files } = await tenantTx(ctx, async (tx) => {
		const data = await collectPersonData(tx, ctx, query);
		const { counts, refused } = countActions(data);
		if (refused) throw new AppError('validation', { field: 'confirmed', message: 'personData.error.refused' });
		if (data.total === 0) throw new AppError('not_found');
		const needles = new Set<string>([query.email ?? '', query.name ?? '']);
		for (const s of data.sources) for (const r of s.records) for (const x of r.strings ?? []) needles.add(x.trim());
		const run: ErasureRun = {
			ctx,
			query,
			pseudonym,
			needles: [...needles].filter((n) => n.length >= 3),
			userIds: (data.sources.find((s) => s.key === 'accounts')?.records ?? [])
				.filter((r) => r.action.kind === 'delete')
				.map((r) => r.id),
			now,
			files: []
		};
		for (const source of PERSON_SOURCES) {
			const records = data.sources.find((s) => s.key === source.key)?.records ?? [];
			if (records.length) await source.erase(tx, run, records);
		}
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'person_data.erased',
			entity: 'person_data',
			entityId: erasureId,
			after: {
				counts,
				sources: Object.fromEntries(data.sources.map((s) => [s.key, countActions({ ...data, sources: [s] }).counts]))
			}
		});
		return { result: { erasureId, pseudonym, counts }, files: run.files };
	});
	for (const key of files) await ctx.files.remove(key);
	return result;
}
