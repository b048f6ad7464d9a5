import { asc, eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { eventAttendance, eventQuestions, eventRegistrations, events } from '$lib/server/db/schema';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';
import { requireEventManager, requireOwnEvent } from './event-access';
import { seatCounts } from './event-lock';
import { loadSessions } from './event-row-helpers';

export type Participant = {
	id: string;
	number: number;
	status: 'registered' | 'waiting' | 'offered' | 'cancelled';
	name: string;
	email: string;
	phone: string;
	organisationName: string;
	persons: number;
	answers: Record<string, string | boolean>;
	createdAt: Date;
	offerExpiresAt: Date | null;
	/** 1 = next on the waiting list; null for everyone else. */
	waitingPosition: number | null;
	/** Per session id: true = teilgenommen, false = nicht erschienen; missing = not recorded. */
	attendance: Record<string, boolean>;
};

/** The event with its participants in arrival order, their waiting places and attendance per session. */
export async function readParticipants(tx: Tx, ctx: TenantContext, eventId: string) {
	const [event] = await tx
		.select()
		.from(events)
		.where(scoped(events, ctx, eq(events.id, eventId)));
	if (!event) throw new AppError('not_found');
	const sessions = await loadSessions(tx, ctx, eventId);
	const questions = await tx
		.select()
		.from(eventQuestions)
		.where(scoped(eventQuestions, ctx, eq(eventQuestions.eventId, eventId)))
		.orderBy(asc(eventQuestions.position));
	const rows = await tx
		.select()
		.from(eventRegistrations)
		.where(scoped(eventRegistrations, ctx, eq(eventRegistrations.eventId, eventId)))
		.orderBy(asc(eventRegistrations.number));
	const ticks = await tx
		.select({
			registrationId: eventAttendance.registrationId,
			sessionId: eventAttendance.sessionId,
			present: eventAttendance.present
		})
		.from(eventAttendance)
		.innerJoin(eventRegistrations, eq(eventRegistrations.id, eventAttendance.registrationId))
		.where(scoped(eventAttendance, ctx, eq(eventRegistrations.eventId, eventId)));
	let waiting = 0;
	const participants: Participant[] = rows.map((r) => ({
		id: r.id,
		number: r.number,
		status: r.status,
		name: r.name,
		email: r.email,
		phone: r.phone,
		organisationName: r.organisationName,
		persons: r.persons,
		answers: r.answers,
		createdAt: r.createdAt,
		offerExpiresAt: r.offerExpiresAt,
		waitingPosition: r.status === 'waiting' ? ++waiting : null,
		attendance: Object.fromEntries(ticks.filter((a) => a.registrationId === r.id).map((a) => [a.sessionId, a.present]))
	}));
	return { event, sessions, questions, participants, counts: await seatCounts(tx, event) };
}

/** The participants page: for the coordination, or the provider whose organisation runs the event. */
export async function listParticipants(ctx: TenantContext, eventId: string) {
	const manager = requireEventManager(ctx);
	return tenantTx(ctx, async (tx) => {
		const data = await readParticipants(tx, ctx, eventId);
		requireOwnEvent(manager, data.event);
		return data;
	});
}
