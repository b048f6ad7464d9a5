import { error } from '@sveltejs/kit';
import { getMeeting } from '$lib/server/domains/bodies/get-meeting';
import { meetingTasks } from '$lib/server/domains/bodies/meeting-tasks';
import { getMeetingAttendance } from '$lib/server/domains/bodies/list-attendance';
import { attendanceSheetPdf, minutesPdf } from '$lib/server/domains/bodies/meeting-pdf';
import { getPdfBrand } from '$lib/server/domains/tenancy/pdf-brand';
import { t } from '$lib/i18n';
import { coordinatorContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import { UUID } from '$lib/server/http/params';
import type { RequestHandler } from './$types';
import { berlinDay } from '$lib/time';

/** ?art=anwesenheit (sign-in sheet) or ?art=protokoll (minutes). */
export const GET: RequestHandler = async (event) => {
	const { id, meetingId } = event.params;
	const kind = event.url.searchParams.get('art');
	if (!UUID.test(id) || !UUID.test(meetingId) || (kind !== 'anwesenheit' && kind !== 'protokoll'))
		error(404, t('error.notFound'));
	const ctx = coordinatorContext(event);
	try {
		const { body, meeting, invitations } = await getMeeting(ctx, id, meetingId);
		const m = {
			networkName: ctx.network.name,
			bodyName: body.name,
			title: meeting!.title,
			startsAt: meeting!.startsAt,
			endsAt: meeting!.endsAt,
			place: meeting!.place,
			onlineUrl: meeting!.onlineUrl,
			agenda: meeting!.agenda,
			minutes: meeting!.minutes
		};
		const brand = await getPdfBrand(ctx.db, ctx.network.id, t);
		const pdf =
			kind === 'anwesenheit'
				? await attendanceSheetPdf(m, invitations, brand)
				: await minutesPdf(
						m,
						(await meetingTasks(ctx, meeting!)).own,
						brand,
						(await getMeetingAttendance(ctx, id, meetingId)).attendees
					);
		const day = berlinDay(meeting!.startsAt);
		return new Response(new Uint8Array(pdf), {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `attachment; filename="${kind}-${day}.pdf"`,
				'cache-control': 'no-store'
			}
		});
	} catch (e) {
		raise(e);
	}
};
