import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { eventQuestions, eventSessions, events, organisations, topics } from '$lib/server/db/schema';
import { requireOwnIds, scoped, type TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';
import type { EventManager } from './event-access';
import type { EventInput, QuestionInput, SessionInput } from './event-schema';

// The one form → rows path of an event (create and update): the event's own columns, then its
// sessions and questions matched by id, so a session keeps its id (the calendar UID) and a
// question its id (the key of the answers) across edits.

/** The event row's columns from the form; a provider's event always belongs to its organisation. */
export async function eventColumns(tx: Tx, ctx: TenantContext, manager: EventManager, input: EventInput) {
	if (manager.organisationId !== null && input.audience !== 'familien')
		throw new AppError('validation', { field: 'audience', message: 'events.error.providerFamiliesOnly' });
	const organisationId = manager.organisationId ?? input.organisationId;
	if (manager.organisationId === null) await requireOwnIds(tx, ctx, organisations, [organisationId], 'organisationId');
	if (input.topics.length > 0) {
		const found = await tx
			.select({ slug: topics.slug })
			.from(topics)
			.where(scoped(topics, ctx, inArray(topics.slug, input.topics)));
		if (found.length !== input.topics.length)
			throw new AppError('validation', { field: 'topics', message: 'error.notInNetwork' });
	}
	return {
		kind: input.kind,
		audience: input.audience,
		visibility: input.visibility,
		title: input.title,
		summary: input.summary,
		description: input.description,
		organisationId,
		capacity: input.capacity,
		waitingList: input.waitingList,
		promotionMode: input.promotionMode,
		offerHours: input.offerHours,
		registrationOpensAt: input.registrationOpensAt,
		registrationClosesAt: input.registrationClosesAt,
		costFree: input.costFree,
		feeCents: input.feeCents,
		languages: input.languages,
		accessibility: input.accessibility,
		accessibilityNote: input.accessibilityNote,
		lifeStages: input.lifeStages,
		topics: input.topics,
		trainingHours: input.trainingHours,
		trainingUnit: input.trainingUnit,
		contactName: input.contactName,
		contactEmail: input.contactEmail,
		contactPhone: input.contactPhone
	} satisfies Partial<typeof events.$inferInsert>;
}

export type StoredSession = typeof eventSessions.$inferSelect;

export async function loadSessions(tx: Tx, ctx: TenantContext, eventId: string): Promise<StoredSession[]> {
	return tx
		.select()
		.from(eventSessions)
		.where(scoped(eventSessions, ctx, eq(eventSessions.eventId, eventId)))
		.orderBy(asc(eventSessions.startsAt), asc(eventSessions.position));
}

/** Ids the form sent must be rows of this event; anything else was forged or belongs elsewhere. */
function requireKnown(ids: (string | null)[], known: Set<string>) {
	if (ids.some((id) => id !== null && !known.has(id)))
		throw new AppError('validation', { field: 'form', message: 'error.notInNetwork' });
}

/** Replaces the event's sessions with the form's: kept by id, new ones added, missing ones removed. */
export async function writeSessions(tx: Tx, ctx: TenantContext, eventId: string, input: SessionInput[]) {
	const before = await loadSessions(tx, ctx, eventId);
	requireKnown(
		input.map((s) => s.id),
		new Set(before.map((s) => s.id))
	);
	const kept = input.map((s) => s.id).filter((id): id is string => id !== null);
	await tx
		.delete(eventSessions)
		.where(
			scoped(
				eventSessions,
				ctx,
				eq(eventSessions.eventId, eventId),
				kept.length ? notInArray(eventSessions.id, kept) : undefined
			)
		);
	for (const [position, s] of input.entries()) {
		const values = { startsAt: s.startsAt, endsAt: s.endsAt, place: s.place, onlineUrl: s.onlineUrl, position };
		if (s.id)
			await tx
				.update(eventSessions)
				.set(values)
				.where(scoped(eventSessions, ctx, eq(eventSessions.id, s.id)));
		else await tx.insert(eventSessions).values({ ...values, networkId: ctx.network.id, eventId });
	}
	return { before, after: await loadSessions(tx, ctx, eventId) };
}

/** Whether participants would notice in their calendar: a date, a time or a place changed, added or removed. */
export function sessionsChanged(before: StoredSession[], after: StoredSession[]): boolean {
	const key = (s: StoredSession) => `${s.id}|${s.startsAt.getTime()}|${s.endsAt.getTime()}|${s.place}|${s.onlineUrl}`;
	return before.map(key).sort().join('\n') !== after.map(key).sort().join('\n');
}

/** Replaces the event's registration questions, kept by id (answers are stored under the question's id). */
export async function writeQuestions(tx: Tx, ctx: TenantContext, eventId: string, input: QuestionInput[]) {
	const before = await tx
		.select({ id: eventQuestions.id })
		.from(eventQuestions)
		.where(scoped(eventQuestions, ctx, eq(eventQuestions.eventId, eventId)));
	requireKnown(
		input.map((q) => q.id),
		new Set(before.map((q) => q.id))
	);
	const kept = input.map((q) => q.id).filter((id): id is string => id !== null);
	await tx
		.delete(eventQuestions)
		.where(
			and(
				scoped(eventQuestions, ctx, eq(eventQuestions.eventId, eventId)),
				kept.length ? notInArray(eventQuestions.id, kept) : undefined
			)
		);
	for (const [position, q] of input.entries()) {
		const values = { label: q.label, kind: q.kind, choices: q.choices, required: q.required, position };
		if (q.id)
			await tx
				.update(eventQuestions)
				.set(values)
				.where(scoped(eventQuestions, ctx, eq(eventQuestions.id, q.id)));
		else await tx.insert(eventQuestions).values({ ...values, networkId: ctx.network.id, eventId });
	}
}
