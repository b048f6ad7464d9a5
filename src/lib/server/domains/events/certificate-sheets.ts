import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { rowsOf } from '$lib/server/db/scope';
import { eventCertificates, eventRegistrations, eventSessions, events, organisations } from '$lib/server/db/schema';
import { scoped, type TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';
import { signatureImageOf, type CertificateSheet } from './certificate-pdf';

export type EventRow = typeof events.$inferSelect;
export type SessionRow = typeof eventSessions.$inferSelect;

/** The event with its sessions in order (`not_found` for another network's or no event). */
export async function eventWithSessions(
	tx: Tx,
	ctx: TenantContext,
	eventId: string
): Promise<{ event: EventRow; sessions: SessionRow[]; organiser: string }> {
	const [row] = await tx
		.select({ event: events, organisationName: organisations.name })
		.from(events)
		.leftJoin(
			organisations,
			and(eq(organisations.networkId, events.networkId), eq(organisations.id, events.organisationId))
		)
		.where(scoped(events, ctx, eq(events.id, eventId)));
	if (!row) throw new AppError('not_found');
	const sessions = await tx
		.select()
		.from(eventSessions)
		.where(scoped(eventSessions, ctx, eq(eventSessions.eventId, eventId)))
		.orderBy(asc(eventSessions.startsAt));
	return { event: row.event, sessions, organiser: row.organisationName ?? ctx.network.name };
}

/** Sessions each registration of the event attended (only those with at least one). */
export async function attendedSessions(tx: Tx, ctx: TenantContext, eventId: string): Promise<Map<string, number>> {
	const rows = rowsOf<{ registration_id: string; n: number }>(
		await tx.execute(sql`
			select a.registration_id, count(*)::int as n
			from event_attendance a join event_registrations r on r.network_id = a.network_id and r.id = a.registration_id
			where a.network_id = ${ctx.network.id} and r.event_id = ${eventId} and a.present and r.status = 'registered'
			group by a.registration_id`)
	);
	return new Map(rows.map((r) => [r.registration_id, Number(r.n)]));
}

/** The verification page of a certificate code. */
export const verifyLinkOf = (baseUrl: string, slug: string, code: string) =>
	`${baseUrl}/${slug}/bescheinigung?code=${encodeURIComponent(code)}`;

/**
 * The sheets of the event's issued certificates (all, or those of the given registrations), ready
 * for `certificatesPdf`, in the participants' arrival order.
 */
export async function certificateSheets(
	tx: Tx,
	ctx: TenantContext,
	eventId: string,
	o: { baseUrl: string; registrationIds?: string[] }
): Promise<{ registrationId: string; email: string; locale: string; sheet: CertificateSheet }[]> {
	const { event, sessions, organiser } = await eventWithSessions(tx, ctx, eventId);
	const attended = await attendedSessions(tx, ctx, eventId);
	const rows = await tx
		.select({
			id: eventRegistrations.id,
			email: eventRegistrations.email,
			locale: eventRegistrations.locale,
			code: eventCertificates.code,
			holderName: eventCertificates.holderName,
			hours: eventCertificates.hours,
			issuedAt: eventCertificates.issuedAt
		})
		.from(eventRegistrations)
		.innerJoin(
			eventCertificates,
			and(
				eq(eventCertificates.networkId, eventRegistrations.networkId),
				eq(eventCertificates.code, eventRegistrations.certificateCode)
			)
		)
		.where(
			scoped(
				eventRegistrations,
				ctx,
				eq(eventRegistrations.eventId, eventId),
				o.registrationIds ? inArray(eventRegistrations.id, o.registrationIds) : undefined
			)
		)
		.orderBy(asc(eventRegistrations.number));
	const signature = signatureImageOf(event.signatureImage);
	return rows.map((r) => ({
		registrationId: r.id,
		email: r.email,
		locale: r.locale,
		sheet: {
			code: r.code,
			holderName: r.holderName,
			eventTitle: event.title,
			kind: event.kind,
			sessions,
			attended: attended.get(r.id) ?? sessions.length,
			hours: r.hours,
			unit: event.trainingUnit,
			organiser,
			signer: event.certificateSigner,
			signature,
			verifyLink: verifyLinkOf(o.baseUrl, ctx.network.slug, r.code),
			issuedAt: r.issuedAt
		}
	}));
}
