import { t } from '$lib/i18n';
import { getPdfBrand } from '$lib/server/domains/tenancy/pdf-brand';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { drawTable, startPdf } from '$lib/server/pdf/pdf-document';
import { AppError } from '$lib/server/errors';
import { formatTimeSpan } from '$lib/time';
import { requireEventManager, requireOwnEvent } from './event-access';
import { readParticipants } from './list-participants';

/** Rows left empty at the end of the sheet for people who come without registration. */
const EMPTY_ROWS = 6;

/**
 * The printable sign-in sheet of one session (the meetings' PDF helper: DejaVu fonts, the network's
 * header on every page, a table whose rows wrap and whose header repeats): everyone with a seat,
 * by name, with organisation, persons and a field for the signature.
 */
export async function signInSheetPdf(
	ctx: TenantContext,
	eventId: string,
	sessionId: string
): Promise<{ day: Date; body: Buffer }> {
	const manager = requireEventManager(ctx);
	const data = await tenantTx(ctx, async (tx) => {
		const d = await readParticipants(tx, ctx, eventId);
		requireOwnEvent(manager, d.event);
		return d;
	});
	const index = data.sessions.findIndex((s) => s.id === sessionId);
	const session = data.sessions[index];
	if (!session) throw new AppError('not_found');
	const brand = await getPdfBrand(ctx.db, ctx.network.id, t);
	const { doc, fonts, finish } = startPdf(t('events.signIn.title', { title: data.event.title }), { brand });
	doc.font(fonts.bold).fontSize(16).text(t('events.signIn.heading'));
	doc.font(fonts.regular).fontSize(11).text(data.event.title);
	const when = formatTimeSpan(session.startsAt, session.endsAt);
	doc.text(
		data.sessions.length > 1 ? t('events.signIn.sessionOf', { n: index + 1, count: data.sessions.length, when }) : when
	);
	if (session.place) doc.text(t('events.signIn.place', { place: session.place }));
	if (session.onlineUrl) doc.text(t('events.signIn.online', { url: session.onlineUrl }));
	doc.moveDown();
	const seated = data.participants
		.filter((p) => p.status === 'registered' || p.status === 'offered')
		.sort((a, b) => a.name.localeCompare(b.name, 'de'));
	const cols = [
		{ x: 50, w: 160, title: t('events.participants.name') },
		{ x: 210, w: 130, title: t('events.participants.organisation') },
		{ x: 340, w: 70, title: t('events.participants.persons') },
		{ x: 410, w: 135, title: t('events.signIn.signature') }
	];
	const rows = [
		...seated.map((p) => [p.name, p.organisationName, String(p.persons), '']),
		...Array.from({ length: EMPTY_ROWS }, () => ['', '', '', ''])
	];
	drawTable(doc, fonts, cols, rows, { rowHeight: 28, fontSize: 10 });
	return { day: session.startsAt, body: await finish() };
}
