import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { t } from '$lib/i18n';
import { eventRegistrations } from '$lib/server/db/schema';
import { scoped, tenantTx } from '$lib/server/domains/shared/context';
import { getPdfBrand } from '$lib/server/domains/tenancy/pdf-brand';
import { certificatesPdf } from './certificate-pdf';
import { certificateSheets } from './certificate-sheets';
import { registrationLinkContext } from './registration-link-action';
import { feedbackRefusal, submitFeedback, type FeedbackInput, type FeedbackRefusal } from './submit-feedback';

/** What follows the event on the personal link: the certificate to download, the feedback form. */
export type Followup = { certificate: boolean; feedback: FeedbackRefusal | null; questions: string[] };

/** The follow-up part of the link's page (null for a link that shows nothing). */
export async function registrationFollowup(db: Db, slug: string, token: string, now: Date): Promise<Followup | null> {
	const link = await registrationLinkContext(db, slug, token, now);
	if (!link) return null;
	const [row] = await tenantTx(link.ctx, (tx) =>
		tx
			.select({ code: eventRegistrations.certificateCode })
			.from(eventRegistrations)
			.where(scoped(eventRegistrations, link.ctx, eq(eventRegistrations.id, link.id)))
	);
	const { refusal, questions } = await feedbackRefusal(link.ctx, link.id);
	return { certificate: Boolean(row?.code), feedback: refusal, questions };
}

/** The holder's certificate as a PDF through their link (null when there is none). */
export async function certificateByLink(
	db: Db,
	slug: string,
	token: string,
	baseUrl: string
): Promise<{ pdf: Buffer; fileName: string } | null> {
	const link = await registrationLinkContext(db, slug, token, new Date());
	if (!link) return null;
	const sheets = await tenantTx(link.ctx, async (tx) => {
		const [r] = await tx
			.select({ eventId: eventRegistrations.eventId })
			.from(eventRegistrations)
			.where(scoped(eventRegistrations, link.ctx, eq(eventRegistrations.id, link.id)));
		return r ? certificateSheets(tx, link.ctx, r.eventId, { baseUrl, registrationIds: [link.id] }) : [];
	});
	if (sheets.length === 0) return null;
	const brand = await getPdfBrand(db, link.ctx.network.id, t);
	return { pdf: await certificatesPdf([sheets[0]!.sheet], brand), fileName: `${t('certificate.fileName')}.pdf` };
}

/** Feedback through the link; false when the link shows nothing. */
export async function feedbackByLink(
	db: Db,
	slug: string,
	token: string,
	input: FeedbackInput,
	now: Date
): Promise<boolean> {
	const link = await registrationLinkContext(db, slug, token, now);
	if (!link) return false;
	await submitFeedback(link.ctx, link.id, input);
	return true;
}
