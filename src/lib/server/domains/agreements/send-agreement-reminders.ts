import { and, desc, eq, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem, withTenant } from '$lib/server/db/scope';
import { agreementSignatures, agreementVersions, networks } from '$lib/server/db/schema';
import { remindOpenSignatures } from './remind-signatures';

/** Open signatures are reminded automatically this long after the request or the last reminder … */
export const AUTO_REMIND_AFTER_DAYS = 14;
/** … and at most this often; after that the coordinator decides (button on the agreement page). */
export const AUTO_REMIND_MAX = 3;

/**
 * Scheduled: for the newest sent version of every agreement, organisations that have not
 * answered for AUTO_REMIND_AFTER_DAYS get their personal link again (the same mail as the
 * coordinator's reminder button), up to AUTO_REMIND_MAX times in all.
 */
export async function sendAgreementReminders(db: Db, o: { now: Date; baseUrl: string }): Promise<{ reminded: number }> {
	const before = new Date(o.now.getTime() - AUTO_REMIND_AFTER_DAYS * 86_400_000);
	const due = await withSystem(db, async (tx) => {
		const current = await tx
			.selectDistinctOn([agreementVersions.agreementId], {
				id: agreementVersions.id,
				agreementId: agreementVersions.agreementId,
				networkId: agreementVersions.networkId,
				slug: networks.slug,
				name: networks.name
			})
			.from(agreementVersions)
			.innerJoin(networks, eq(networks.id, agreementVersions.networkId))
			.where(isNotNull(agreementVersions.sentAt))
			.orderBy(agreementVersions.agreementId, desc(agreementVersions.number));
		const result: ((typeof current)[number] & { organisationIds: string[] })[] = [];
		for (const v of current) {
			const open = await tx
				.select({ organisationId: agreementSignatures.organisationId })
				.from(agreementSignatures)
				.where(
					and(
						eq(agreementSignatures.versionId, v.id),
						eq(agreementSignatures.state, 'sent'),
						lt(agreementSignatures.reminders, AUTO_REMIND_MAX),
						lt(sql`coalesce(${agreementSignatures.remindedAt}, ${agreementSignatures.sentAt})`, before)
					)
				);
			if (open.length) result.push({ ...v, organisationIds: open.map((x) => x.organisationId) });
		}
		return result;
	});
	let reminded = 0;
	for (const d of due) {
		const ctx = {
			db,
			network: { id: d.networkId, slug: d.slug, name: d.name },
			actor: null,
			now: o.now,
			baseUrl: o.baseUrl
		};
		reminded += (
			await withTenant(db, d.networkId, (tx) =>
				remindOpenSignatures(tx, ctx, d.agreementId, d.id, null, d.organisationIds)
			)
		).reminded;
	}
	return { reminded };
}
