import { eq, getTableColumns, sql } from 'drizzle-orm';
import { offerLocations, offers, organisations, topics } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/accounts/actor';
import { recordAudit } from '$lib/server/domains/privacy/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/tenancy/context';
import { weeklyFromForm, type OfferFormInput } from './offer-schema';
import { refreshSearchWords } from './refresh-search-words';
import { syncLocationSummary } from './sync-location-summary';
import { parseDates, parseExceptions } from './schedule';

// The audit log keeps the offer's fields, not the derived search vector.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const { search, ...auditColumns } = getTableColumns(offers);

/**
 * The coordinator creates (`id` null) or updates an offer with its one location.
 * Optimistic locking on `version`; the search lexicon follows every change.
 */
export async function saveOffer(ctx: TenantContext, id: string | null, input: OfferFormInput): Promise<{ id: string; version: number }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const providerName = input.organisationId
			? (await tx.select({ name: organisations.name }).from(organisations).where(scoped(organisations, ctx, eq(organisations.id, input.organisationId))))[0]?.name
			: '';
		if (providerName === undefined) throw new AppError('validation', { field: 'organisationId' });
		const topicRows = await tx.select({ slug: topics.slug, name: topics.name }).from(topics).where(scoped(topics, ctx));
		const chosenTopics = topicRows.filter((t) => input.topics.includes(t.slug));
		const values = {
			title: input.title,
			summary: input.summary,
			description: input.description,
			organisationId: input.organisationId || null,
			lifeStages: input.lifeStages as (typeof offers.$inferInsert)['lifeStages'],
			topics: chosenTopics.map((t) => t.slug),
			offerType: input.offerType,
			preventionLevel: input.preventionLevel,
			targetGroups: input.targetGroups.split(',').map((s) => s.trim()).filter(Boolean),
			costFree: input.costFree,
			costText: input.costFree ? '' : input.costText,
			languages: [...new Set(['de', ...input.languages.split(',').map((s) => s.trim()).filter(Boolean)])],
			accessibility: input.accessibility as (typeof offers.$inferInsert)['accessibility'],
			registrationRequired: input.registrationRequired,
			schedule: {
				weekly: weeklyFromForm(input),
				...(input.scheduleNote ? { note: input.scheduleNote } : {}),
				exceptions: parseExceptions(input.exceptions) ?? [],
				dates: parseDates(input.dates) ?? []
			},
			contactPhone: input.contactPhone,
			contactEmail: input.contactEmail,
			contactWeb: input.contactWeb,
			validFrom: input.validFrom || null,
			validTo: input.validTo || null,
			status: input.status,
			searchExtra: [providerName, ...chosenTopics.map((t) => t.name)].join(' '),
			updatedAt: now,
			...(input.markVerified ? { verifiedAt: now } : {})
		};
		let saved: { id: string; version: number };
		let before: unknown = null;
		if (id) {
			[before] = await tx.select(auditColumns).from(offers).where(scoped(offers, ctx, eq(offers.id, id)));
			if (!before) throw new AppError('not_found');
			const [row] = await tx
				.update(offers)
				.set({ ...values, version: sql`${offers.version} + 1` })
				.where(scoped(offers, ctx, eq(offers.id, id), eq(offers.version, input.version)))
				.returning({ id: offers.id, version: offers.version });
			if (!row) throw new AppError('conflict');
			saved = row;
			await tx.delete(offerLocations).where(scoped(offerLocations, ctx, eq(offerLocations.offerId, id)));
		} else {
			const [row] = await tx
				.insert(offers)
				.values({ ...values, networkId: ctx.network.id, verifiedAt: input.markVerified || input.status === 'published' ? now : null })
				.returning({ id: offers.id, version: offers.version });
			saved = row!;
		}
		if (input.street || input.postcode || input.districtId || input.lat) {
			await tx.insert(offerLocations).values({
				networkId: ctx.network.id,
				offerId: saved.id,
				label: input.locationLabel || providerName || '',
				street: input.street,
				postcode: input.postcode,
				city: input.city,
				districtId: input.districtId || null,
				lat: input.lat ? Number(input.lat.replace(',', '.')) : null,
				lng: input.lng ? Number(input.lng.replace(',', '.')) : null
			});
		}
		await syncLocationSummary(tx, { networkId: ctx.network.id, offerId: saved.id });
		const [after] = await tx.select(auditColumns).from(offers).where(scoped(offers, ctx, eq(offers.id, saved.id)));
		await recordAudit(tx, { networkId: ctx.network.id, actorUserId: actor.userId, action: id ? 'update' : 'create', entity: 'offer', entityId: saved.id, before, after });
		await refreshSearchWords(tx, ctx.network.id);
		return saved;
	});
}
