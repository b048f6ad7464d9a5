import { eq, sql } from 'drizzle-orm';
import { t } from '$lib/i18n';
import { rowsOf } from '$lib/server/db/scope';
import { events } from '$lib/server/db/schema';
import { sniffDocumentType } from '$lib/server/domains/documents/sniff-file';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { getPdfBrand } from '$lib/server/domains/tenancy/pdf-brand';
import { AppError } from '$lib/server/errors';
import { certificatesPdf } from './certificate-pdf';
import { certificateSheets, eventWithSessions } from './certificate-sheets';

/** A signature image is a small scan: more is a photo of the whole page. */
export const SIGNATURE_MAX_BYTES = 500 * 1024;

export type CertificateOverview = {
	title: string;
	sessions: { id: string; startsAt: Date; endsAt: Date }[];
	signer: string;
	hasSignature: boolean;
	trainingHours: string | null;
	/** A session has ended: certificates and feedback are possible. */
	ended: boolean;
	cancelled: boolean;
	personalDataDeleted: boolean;
	registered: number;
	attended: number;
	issued: number;
	sent: number;
};

/** The "Nachbereitung" of an event for the coordinator: who attended, what was issued and sent. */
export async function certificateOverview(ctx: TenantContext, eventId: string): Promise<CertificateOverview> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const { event, sessions } = await eventWithSessions(tx, ctx, eventId);
		const [c] = rowsOf<{ registered: number; attended: number; issued: number; sent: number }>(
			await tx.execute(sql`
				select count(*) filter (where r.status = 'registered')::int as registered,
					count(*) filter (where r.status = 'registered' and exists (select 1 from event_attendance a
						where a.network_id = r.network_id and a.registration_id = r.id and a.present))::int as attended,
					count(*) filter (where r.certificate_code is not null)::int as issued,
					count(*) filter (where r.certificate_sent_at is not null)::int as sent
				from event_registrations r where r.network_id = ${ctx.network.id} and r.event_id = ${eventId}`)
		);
		return {
			title: event.title,
			sessions: sessions.map((s) => ({ id: s.id, startsAt: s.startsAt, endsAt: s.endsAt })),
			signer: event.certificateSigner,
			hasSignature: Boolean(event.signatureImage),
			trainingHours: event.trainingHours,
			ended: sessions.some((s) => s.endsAt <= now),
			cancelled: event.status === 'cancelled',
			personalDataDeleted: event.personalDataDeletedAt !== null,
			registered: Number(c?.registered ?? 0),
			attended: Number(c?.attended ?? 0),
			issued: Number(c?.issued ?? 0),
			sent: Number(c?.sent ?? 0)
		};
	});
}

/**
 * Who signs the certificates, and optionally a scanned signature (PNG or JPEG, told from the bytes,
 * at most 500 KB), stored as a data URL on the event. `removeImage` drops the stored one.
 */
export async function setCertificateSigner(
	ctx: TenantContext,
	eventId: string,
	input: { signer: string; image: Buffer | null; removeImage: boolean }
): Promise<void> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const signer = input.signer.trim();
	if (signer.length > 200) throw new AppError('validation', { field: 'signer', message: 'error.tooLong' });
	let image: string | null | undefined = input.removeImage ? null : undefined;
	if (input.image) {
		if (input.image.length > SIGNATURE_MAX_BYTES)
			throw new AppError('validation', { field: 'signature', message: 'events.error.signatureTooLarge' });
		const type = sniffDocumentType(input.image);
		if (type !== 'png' && type !== 'jpeg')
			throw new AppError('validation', { field: 'signature', message: 'events.error.signatureType' });
		image = `data:image/${type};base64,${input.image.toString('base64')}`;
	}
	await tenantTx(ctx, async (tx) => {
		const updated = await tx
			.update(events)
			.set({
				certificateSigner: signer,
				...(image !== undefined ? { signatureImage: image } : {}),
				updatedAt: ctx.now ?? new Date()
			})
			.where(scoped(events, ctx, eq(events.id, eventId)))
			.returning({ id: events.id });
		if (updated.length === 0) throw new AppError('not_found');
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'event.certificate_signer',
			entity: 'event',
			entityId: eventId,
			after: { signer, signatureImage: image === undefined ? 'unchanged' : image ? 'uploaded' : 'removed' }
		});
	});
}

/** Every issued certificate of the event as one PDF, for the coordinator to print or file. */
export async function allCertificatesPdf(
	ctx: TenantContext,
	eventId: string,
	baseUrl: string
): Promise<{ pdf: Buffer; title: string }> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const brand = await getPdfBrand(ctx.db, ctx.network.id, t);
	const { sheets, title } = await tenantTx(ctx, async (tx) => ({
		sheets: await certificateSheets(tx, ctx, eventId, { baseUrl }),
		title: (await eventWithSessions(tx, ctx, eventId)).event.title
	}));
	if (sheets.length === 0) throw new AppError('validation', { field: 'form', message: 'events.error.noCertificates' });
	return {
		pdf: await certificatesPdf(
			sheets.map((s) => s.sheet),
			brand
		),
		title
	};
}
