import { and, asc, eq, sql } from 'drizzle-orm';
import { eventCertificates, eventSessions, events } from '$lib/server/db/schema';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';

export type VerifiedCertificate = {
	code: string;
	/** Empty once the registrations' personal data was deleted (retention): the code still proves the issue. */
	holderName: string;
	eventTitle: string;
	firstDay: Date | null;
	hours: string | null;
	unit: 'ue' | 'stunden';
	issuedAt: Date;
};

/** Normalises what someone typed from paper: case, spaces, missing dashes. */
export function normaliseCode(input: string): string {
	const plain = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
	return plain.length === 12 ? `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}` : plain;
}

/** The certificate with this code in this network, or null (a public check, no login). */
export async function verifyCertificate(ctx: TenantContext, input: string): Promise<VerifiedCertificate | null> {
	const code = normaliseCode(input);
	if (!/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(code)) return null;
	return tenantTx(ctx, async (tx) => {
		const [row] = await tx
			.select({
				code: eventCertificates.code,
				holderName: eventCertificates.holderName,
				hours: eventCertificates.hours,
				issuedAt: eventCertificates.issuedAt,
				eventTitle: events.title,
				unit: events.trainingUnit,
				firstDay: sql<Date | null>`(select min(${eventSessions.startsAt}) from ${eventSessions}
					where ${eventSessions.networkId} = ${events.networkId} and ${eventSessions.eventId} = ${events.id})`.mapWith(
					(v: string | Date | null) => (v === null ? null : new Date(v))
				)
			})
			.from(eventCertificates)
			.innerJoin(
				events,
				and(eq(events.networkId, eventCertificates.networkId), eq(events.id, eventCertificates.eventId))
			)
			.where(scoped(eventCertificates, ctx, eq(eventCertificates.code, code)))
			.orderBy(asc(eventCertificates.issuedAt))
			.limit(1);
		return row ?? null;
	});
}
