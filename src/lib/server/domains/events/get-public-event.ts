import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '$lib/server/db/client';
import { eventQuestions, eventSessions, events, organisations, topics } from '$lib/server/db/schema';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';
import { registrationClosed, seatCounts, type RegistrationClosed, type SeatCounts } from './event-lock';
import { viewerIsMember, visibleEvents } from './event-visibility';
import { readEventSettings } from './read-event-settings';
import { readEventRetentionDays } from './apply-event-retention';

export type PublicEventSession = { id: string; startsAt: Date; endsAt: Date; place: string; onlineUrl: string };
export type PublicEventQuestion = Pick<
	typeof eventQuestions.$inferSelect,
	'id' | 'kind' | 'label' | 'choices' | 'required'
>;

type EventRow = typeof events.$inferSelect;

/** An event as the portal shows it: its texts, sessions, questions, free seats and whether it takes registrations. */
export type PublicEvent = Omit<
	EventRow,
	| 'createdBy'
	| 'createdAt'
	| 'feedbackQuestions'
	| 'certificateSigner'
	| 'signatureImage'
	| 'personalDataDeletedAt'
	| 'keptCounts'
> & {
	/** The member organisation that runs it, or the network. */
	organiser: string;
	topicNames: string[];
	sessions: PublicEventSession[];
	questions: PublicEventQuestion[];
	seats: SeatCounts;
	/** Why no registration is taken now, or null when it is. */
	closed: RegistrationClosed | null;
	/** The network's consent text for the form ('' = the portal's default text) and how long data is kept. */
	consentText: string;
	retentionMonths: number;
};

/** The event's sessions in order (start time, then position). */
export function sessionsOf(tx: Tx, networkId: string, eventId: string): Promise<PublicEventSession[]> {
	return tx
		.select({
			id: eventSessions.id,
			startsAt: eventSessions.startsAt,
			endsAt: eventSessions.endsAt,
			place: eventSessions.place,
			onlineUrl: eventSessions.onlineUrl
		})
		.from(eventSessions)
		.where(and(eq(eventSessions.networkId, networkId), eq(eventSessions.eventId, eventId)))
		.orderBy(asc(eventSessions.startsAt), asc(eventSessions.position));
}

/** The registration form's questions in order. */
export function questionsOf(tx: Tx, networkId: string, eventId: string): Promise<PublicEventQuestion[]> {
	return tx
		.select({
			id: eventQuestions.id,
			kind: eventQuestions.kind,
			label: eventQuestions.label,
			choices: eventQuestions.choices,
			required: eventQuestions.required
		})
		.from(eventQuestions)
		.where(and(eq(eventQuestions.networkId, networkId), eq(eventQuestions.eventId, eventId)))
		.orderBy(asc(eventQuestions.position));
}

/**
 * One event for its portal page: published or cancelled, public or (for a logged-in member of the
 * network) members-only. Drafts, events in review, other networks' events and ids that are no
 * UUID are `not_found`.
 */
export async function getPublicEvent(ctx: TenantContext, id: string): Promise<PublicEvent> {
	if (!z.uuid().safeParse(id).success) throw new AppError('not_found');
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const [row] = await tx
			.select({ event: events, organiser: organisations.name })
			.from(events)
			.leftJoin(
				organisations,
				and(eq(organisations.networkId, events.networkId), eq(organisations.id, events.organisationId))
			)
			.where(and(visibleEvents(ctx, ['published', 'cancelled']), eq(events.id, id)));
		if (!row) throw new AppError('not_found');
		const e = row.event;
		// One after another: statements of one transaction share a connection.
		const sessions = await sessionsOf(tx, ctx.network.id, e.id);
		const questions = await questionsOf(tx, ctx.network.id, e.id);
		const seats = await seatCounts(tx, e);
		const closed = await registrationClosed(tx, e, now);
		const settings = await readEventSettings(tx, ctx.network.id);
		const topicRows = e.topics.length
			? await tx
					.select({ slug: topics.slug, name: topics.name })
					.from(topics)
					.where(scoped(topics, ctx, inArray(topics.slug, e.topics)))
					.orderBy(asc(topics.position))
			: [];
		/* eslint-disable @typescript-eslint/no-unused-vars */
		const {
			createdBy,
			createdAt,
			feedbackQuestions,
			certificateSigner,
			signatureImage,
			personalDataDeletedAt,
			keptCounts,
			...shown
		} = e;
		/* eslint-enable @typescript-eslint/no-unused-vars */
		return {
			...shown,
			organiser: row.organiser ?? ctx.network.name,
			topicNames: topicRows.map((t) => t.name),
			sessions,
			questions,
			seats,
			// A members-only event stays closed to anyone who is not a member (they cannot see it anyway).
			closed: e.visibility === 'members' && !viewerIsMember(ctx) ? 'not_published' : closed,
			consentText: settings.consentText,
			// The consent text names months: the rule's days rounded up, so the promise is never shorter than the rule.
			retentionMonths: Math.ceil((await readEventRetentionDays(tx, ctx.network.id)) / 30)
		};
	});
}
