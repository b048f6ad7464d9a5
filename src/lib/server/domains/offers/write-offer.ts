import { eq, getTableColumns, inArray } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import {
	districts,
	offerLocations,
	offers,
	offerVersions,
	organisations,
	topics,
	type OfferStatus,
	type OfferVersionState
} from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import type { Actor } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { updateVersioned } from '$lib/server/domains/shared/versioned-update';
import { requireOwnIds, scoped, type TenantContext } from '$lib/server/domains/shared/context';
import {
	locationKey,
	locationsFromForm,
	MAX_LOCATIONS,
	translationsFromForm,
	weeklyFromForm,
	type OfferFormInput
} from './offer-schema';
import { inputToFormValues } from './offer-form-values';
import { compactFormValues } from './offer-version-values';
import { lexiconText, updateSearchWords } from './refresh-search-words';
import { syncLocationSummary } from './sync-location-summary';
import { parseDates, parseExceptions } from './schedule-text';

// The audit log keeps the offer's fields, not the derived search vector.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const { search, ...auditColumns } = getTableColumns(offers);
export { auditColumns as offerAuditColumns };

export type WriteOfferOptions = {
	/** null creates a new offer. */
	id: string | null;
	input: OfferFormInput;
	/** Optimistic lock: the `version` the user started from; a different stored version is a conflict. */
	expectedVersion: number | null;
	actor: Actor;
	now: Date;
	status: OfferStatus;
	verify: boolean;
	/** How the change is kept in the offer's history (null: the caller records it itself). */
	versionState: OfferVersionState | null;
	comment?: string;
};

/** The offer's locations from the form (an unnamed place is named after the provider), and the search's summary of them. */
async function insertLocations(
	tx: Tx,
	ctx: TenantContext,
	offerId: string,
	input: OfferFormInput,
	providerName: string
) {
	const locations = locationsFromForm(input);
	if (locations.length > 0) {
		await tx.insert(offerLocations).values(
			locations.map((l, position) => ({
				...l,
				position,
				label: l.label || providerName || '',
				networkId: ctx.network.id,
				offerId
			}))
		);
	}
	await syncLocationSummary(tx, { networkId: ctx.network.id, offerId });
}

/**
 * Writes an offer with its locations and translations in the caller's transaction:
 * the one place that turns form input into rows (coordinator save, approval, restore,
 * provider drafts). Audit entry, history version and search lexicon follow in the same
 * transaction.
 */
export async function writeOffer(
	tx: Tx,
	ctx: TenantContext,
	o: WriteOfferOptions
): Promise<{ id: string; version: number }> {
	const { input, now } = o;
	await checkOfferReferences(tx, ctx, input);
	const providerName = input.organisationId
		? (
				await tx
					.select({ name: organisations.name })
					.from(organisations)
					.where(scoped(organisations, ctx, eq(organisations.id, input.organisationId)))
			)[0]?.name
		: '';
	if (providerName === undefined) throw new AppError('validation', { field: 'organisationId' });
	const topicRows = await tx.select({ slug: topics.slug, name: topics.name }).from(topics).where(scoped(topics, ctx));
	const values = {
		...offerRowValues(input, { providerName, topics: topicRows, status: o.status }),
		updatedAt: now,
		...(o.verify ? { verifiedAt: now, reminderSentAt: null, hiddenNoticeSentAt: null } : {})
	};
	let saved: { id: string; version: number };
	let before: Parameters<typeof lexiconText>[0] = null;
	if (o.id) {
		// Locked: a concurrent save of the same offer waits here, then meets the version check
		// (a conflict, not a database error), and the lexicon's delta starts from the stored text.
		const [locked] = await tx
			.select(auditColumns)
			.from(offers)
			.where(scoped(offers, ctx, eq(offers.id, o.id)))
			.for('update');
		if (!locked) throw new AppError('not_found');
		before = locked;
		// Without an expected version (approval of a reviewed change) the locked row's own version holds.
		const row = await updateVersioned(
			tx,
			ctx,
			offers,
			{ id: o.id, version: o.expectedVersion ?? locked.version },
			values
		);
		saved = { id: row.id, version: row.version };
		await tx.delete(offerLocations).where(scoped(offerLocations, ctx, eq(offerLocations.offerId, o.id)));
	} else {
		const [row] = await tx
			.insert(offers)
			.values({ ...values, networkId: ctx.network.id, verifiedAt: o.verify || o.status === 'published' ? now : null })
			.returning({ id: offers.id, version: offers.version });
		saved = row!;
	}
	await insertLocations(tx, ctx, saved.id, input, providerName);
	const [after] = await tx
		.select(auditColumns)
		.from(offers)
		.where(scoped(offers, ctx, eq(offers.id, saved.id)));
	await recordAudit(tx, {
		networkId: ctx.network.id,
		actorUserId: o.actor.userId,
		action: o.id ? 'update' : 'create',
		entity: 'offer',
		entityId: saved.id,
		before,
		after
	});
	if (o.versionState) {
		await tx.insert(offerVersions).values({
			networkId: ctx.network.id,
			offerId: saved.id,
			data: compactFormValues({ ...inputToFormValues(input), status: o.status }),
			state: o.versionState,
			baseVersion: saved.version,
			authorUserId: o.actor.userId,
			authorName: o.actor.name,
			comment: o.comment ?? '',
			createdAt: now
		});
	}
	await updateSearchWords(tx, ctx.network.id, lexiconText(before), lexiconText(after));
	return saved;
}

/**
 * The provider, the topics and every location's district must be this network's own
 * (a crafted form could carry another network's ids): a field error otherwise.
 */
export async function checkOfferReferences(tx: Tx, ctx: TenantContext, input: OfferFormInput): Promise<void> {
	await requireOwnIds(tx, ctx, organisations, [input.organisationId], 'organisationId');
	for (let i = 0; i < MAX_LOCATIONS; i++) {
		await requireOwnIds(
			tx,
			ctx,
			districts,
			[String(input[locationKey(i, 'districtId')] ?? '').trim()],
			locationKey(i, 'districtId')
		);
	}
	await requireOwnIds(tx, ctx, districts, input.serviceDistrictIds, 'serviceDistrictIds');
	const chosen = [...new Set(input.topics)];
	if (chosen.length === 0) return;
	const known = await tx
		.select({ slug: topics.slug })
		.from(topics)
		.where(scoped(topics, ctx, inArray(topics.slug, chosen)));
	if (known.length !== chosen.length)
		throw new AppError('validation', { field: 'topics', message: 'error.notInNetwork' });
}

/** Form input → the offer's columns (shared by the form, review, restore and the bulk import). */
export function offerRowValues(
	input: OfferFormInput,
	ref: { providerName: string; topics: { slug: string; name: string }[]; status: OfferStatus }
) {
	const chosenTopics = ref.topics.filter((t) => input.topics.includes(t.slug));
	return {
		title: input.title,
		summary: input.summary,
		description: input.description,
		organisationId: input.organisationId || null,
		lifeStages: input.lifeStages as (typeof offers.$inferInsert)['lifeStages'],
		topics: chosenTopics.map((t) => t.slug),
		offerType: input.offerType,
		preventionLevel: input.preventionLevel,
		targetGroups: input.targetGroups
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean),
		costFree: input.costFree,
		costText: input.costFree ? '' : input.costText,
		languages: [
			...new Set([
				'de',
				...input.languages
					.split(',')
					.map((s) => s.trim())
					.filter(Boolean)
			])
		],
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
		status: ref.status,
		translations: translationsFromForm(input),
		// The whole network area makes a district list redundant: kept empty so no stale choice lingers.
		serviceDistrictIds: input.servesWholeNetwork ? [] : [...new Set(input.serviceDistrictIds ?? [])],
		servesWholeNetwork: input.servesWholeNetwork ?? false,
		contactRequestsEnabled: input.contactRequestsEnabled ?? false,
		searchExtra: [ref.providerName, ...chosenTopics.map((t) => t.name)].join(' ')
	};
}
