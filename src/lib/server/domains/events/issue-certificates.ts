import { randomInt } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { t } from '$lib/i18n';
import { isLocale } from '$lib/i18n/context';
import { eventCertificates, eventRegistrations } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { addLink } from '$lib/server/domains/shared/personal-link';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { networkBranding } from '$lib/server/domains/mail/network-branding';
import { getPdfBrand } from '$lib/server/domains/tenancy/pdf-brand';
import { AppError } from '$lib/server/errors';
import { certificatesPdf } from './certificate-pdf';
import { attendedSessions, certificateSheets, eventWithSessions } from './certificate-sheets';

// No 0/O, 1/I/L: a code typed from paper should not be misread.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A verification code such as "K7QX-M2PA-9RTE". */
export function newCertificateCode(): string {
	const chars = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
	return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}

/** Hours for someone who attended `attended` of `total` sessions, to the half hour. */
function hoursFor(trainingHours: string | null, attended: number, total: number): string | null {
	if (trainingHours === null) return null;
	if (attended >= total) return trainingHours;
	return String(Math.round(((Number(trainingHours) * attended) / total) * 2) / 2);
}

export type IssueResult = { issued: number; sent: number };

/**
 * Teilnahmebescheinigungen (issue 14, item 8), coordinator only, once a session has ended: a
 * certificate with a verification code for every registered person ticked present in at least one
 * session (hours in proportion to the sessions attended), and with `send` a mail with the PDF and
 * the personal link (feedback) to everyone not sent one yet. Idempotent: nobody gets two codes or
 * two mails.
 */
export async function issueCertificates(
	ctx: TenantContext,
	eventId: string,
	o: { baseUrl: string; send: boolean }
): Promise<IssueResult> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	const brand = o.send ? await getPdfBrand(ctx.db, ctx.network.id, t) : null;
	return tenantTx(ctx, async (tx) => {
		const { event, sessions } = await eventWithSessions(tx, ctx, eventId);
		if (event.status === 'cancelled')
			throw new AppError('validation', { field: 'event', message: 'events.error.certificateCancelled' });
		if (!sessions.some((s) => s.endsAt <= now))
			throw new AppError('validation', { field: 'event', message: 'events.error.certificateTooEarly' });
		const attended = await attendedSessions(tx, ctx, eventId);
		const ids = [...attended.keys()];
		const without = ids.length
			? await tx
					.select({ id: eventRegistrations.id, name: eventRegistrations.name })
					.from(eventRegistrations)
					.where(
						scoped(
							eventRegistrations,
							ctx,
							inArray(eventRegistrations.id, ids),
							isNull(eventRegistrations.certificateCode)
						)
					)
			: [];
		for (const r of without) {
			const code = newCertificateCode();
			const hours = hoursFor(event.trainingHours, attended.get(r.id) ?? 0, sessions.length);
			await tx
				.insert(eventCertificates)
				.values({ code, networkId: ctx.network.id, eventId, holderName: r.name, hours, issuedAt: now });
			await tx
				.update(eventRegistrations)
				.set({ certificateCode: code, updatedAt: now })
				.where(eq(eventRegistrations.id, r.id));
		}
		let sent = 0;
		if (o.send && brand) {
			const unsent = await tx
				.select({ id: eventRegistrations.id, name: eventRegistrations.name })
				.from(eventRegistrations)
				.where(
					scoped(
						eventRegistrations,
						ctx,
						eq(eventRegistrations.eventId, eventId),
						and(isNull(eventRegistrations.certificateSentAt), inArray(eventRegistrations.id, ids.length ? ids : ['']))
					)
				);
			const names = new Map(unsent.map((u) => [u.id, u.name]));
			const sheets = unsent.length
				? await certificateSheets(tx, ctx, eventId, { baseUrl: o.baseUrl, registrationIds: unsent.map((u) => u.id) })
				: [];
			const branding = await networkBranding(tx, ctx.network.id);
			for (const s of sheets) {
				const pdf = await certificatesPdf([s.sheet], brand);
				const token = await addLink(tx, eventRegistrations, s.registrationId);
				await enqueueMail(tx, {
					networkId: ctx.network.id,
					category: 'network',
					template: 'event_certificate',
					to: s.email,
					locale: isLocale(s.locale) ? s.locale : 'de',
					data: {
						name: names.get(s.registrationId) ?? '',
						title: event.title,
						link: `${o.baseUrl}/anmeldung/${ctx.network.slug}/${token}`
					},
					branding,
					attachments: [
						{
							filename: `${t('certificate.fileName')}.pdf`,
							contentType: 'application/pdf',
							contentBase64: pdf.toString('base64')
						}
					]
				});
				await tx
					.update(eventRegistrations)
					.set({ certificateSentAt: now })
					.where(eq(eventRegistrations.id, s.registrationId));
				sent++;
			}
		}
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: o.send ? 'event.certificates_sent' : 'event.certificates_issued',
			entity: 'event',
			entityId: eventId,
			after: { issued: without.length, sent }
		});
		return { issued: without.length, sent };
	});
}
