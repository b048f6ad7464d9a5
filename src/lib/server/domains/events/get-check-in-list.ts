import type { TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';
import { listParticipants } from './list-participants';

/**
 * The check-in list of one session (Anwesenheit): the registered people in alphabetical order
 * with what was recorded for this session, and which of the event's sessions it is.
 */
export async function getCheckInList(ctx: TenantContext, eventId: string, sessionId: string) {
	const data = await listParticipants(ctx, eventId);
	const session = data.sessions.find((s) => s.id === sessionId);
	if (!session) throw new AppError('not_found');
	return {
		event: { id: data.event.id, title: data.event.title },
		session: {
			id: session.id,
			startsAt: session.startsAt,
			endsAt: session.endsAt,
			place: session.place,
			position: data.sessions.indexOf(session),
			total: data.sessions.length
		},
		people: data.participants
			.filter((p) => p.status === 'registered')
			.map((p) => ({
				id: p.id,
				name: p.name,
				organisationName: p.organisationName,
				persons: p.persons,
				present: p.attendance[sessionId]
			}))
			.sort((a, b) => a.name.localeCompare(b.name, 'de'))
	};
}
