import { t } from '$lib/i18n';
import { writeXlsx } from '$lib/server/domains/exchange/write-xlsx';
import type { CellValue, ColumnType } from '$lib/server/domains/exchange/spreadsheet';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { formatDate } from '$lib/time';
import { requireEventManager, requireOwnEvent } from './event-access';
import { readParticipants } from './list-participants';

/**
 * The participant list as XLSX (the exchange domain's writer: frozen header, filter, no formulas):
 * one row per registration in arrival order with status, waiting place, contact, answers to the
 * registration questions and attendance per session.
 */
export async function participantsSheet(ctx: TenantContext, eventId: string): Promise<{ title: string; body: Buffer }> {
	const manager = requireEventManager(ctx);
	const data = await tenantTx(ctx, async (tx) => {
		const d = await readParticipants(tx, ctx, eventId);
		requireOwnEvent(manager, d.event);
		return d;
	});
	const headers = [
		t('events.participants.number'),
		t('events.participants.status'),
		t('events.participants.waitingPosition'),
		t('events.participants.name'),
		t('events.participants.email'),
		t('events.participants.phone'),
		t('events.participants.organisation'),
		t('events.participants.persons'),
		t('events.participants.registeredAt'),
		...data.questions.map((q) => q.label),
		...data.sessions.map((s, i) =>
			t('events.participants.sessionColumn', { n: i + 1, date: formatDate(s.startsAt, 'date') })
		)
	];
	const types: ColumnType[] = ['number', 'text', 'number', 'text', 'text', 'text', 'text', 'number', 'text'];
	const answer = (v: string | boolean | undefined): string =>
		v === true ? t('events.answer.yes') : v === false ? t('events.answer.no') : (v ?? '');
	const rows: CellValue[][] = data.participants.map((p) => [
		p.number,
		t(`events.status.${p.status}`),
		p.waitingPosition ?? '',
		p.name,
		p.email,
		p.phone,
		p.organisationName,
		p.persons,
		formatDate(p.createdAt, 'dateTime'),
		...data.questions.map((q) => answer(p.answers[q.id])),
		...data.sessions.map((s) =>
			p.attendance[s.id] === undefined
				? ''
				: t(p.attendance[s.id] ? 'events.attendance.present' : 'events.attendance.absent')
		)
	]);
	const body = await writeXlsx(t('events.participants.sheet'), headers, rows, { types });
	return { title: data.event.title, body };
}
