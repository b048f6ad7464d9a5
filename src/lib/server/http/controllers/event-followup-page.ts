import { fail, type RequestEvent } from '@sveltejs/kit';
import {
	allCertificatesPdf,
	certificateOverview,
	setCertificateSigner
} from '$lib/server/domains/events/certificate-overview';
import { feedbackResults, feedbackXlsx, ratingChartSvg } from '$lib/server/domains/events/feedback-results';
import { issueCertificates } from '$lib/server/domains/events/issue-certificates';
import { getCheckInList } from '$lib/server/domains/events/get-check-in-list';
import { recordAttendance } from '$lib/server/domains/events/record-attendance';
import { AppError } from '$lib/server/errors';
import { berlinDay } from '$lib/time';
import { coordinatorContext, memberContext } from '../context';
import { actionFail, raise } from '../errors';
import { formValues } from '../forms';
import { uuidParam } from '../params';
import { fileResponse, uploadedFile } from '../uploads';

// What follows an event (issue 14, items 7–9): the check-in list of one session, and the
// "Nachbereitung" page with certificates and feedback. Thin: every rule is in domains/events.

export async function loadCheckIn(event: RequestEvent) {
	const id = uuidParam(event.params.id);
	const sessionId = uuidParam(event.params.sessionId);
	try {
		return await getCheckInList(memberContext(event), id, sessionId);
	} catch (e) {
		raise(e);
	}
}

export async function saveCheckIn(event: RequestEvent) {
	const id = uuidParam(event.params.id);
	const sessionId = uuidParam(event.params.sessionId);
	const form = await event.request.formData();
	const present = form.getAll('present').filter((v): v is string => typeof v === 'string');
	try {
		return { saved: await recordAttendance(memberContext(event), id, sessionId, present) };
	} catch (e) {
		return actionFail(e, { present });
	}
}

export async function loadFollowup(event: RequestEvent) {
	const id = uuidParam(event.params.id);
	const ctx = coordinatorContext(event);
	try {
		const overview = await certificateOverview(ctx, id);
		const feedback = await feedbackResults(ctx, id);
		return { id, overview, feedback, chart: feedback.shown ? ratingChartSvg(feedback) : null };
	} catch (e) {
		raise(e);
	}
}

export async function saveSigner(event: RequestEvent) {
	const id = uuidParam(event.params.id);
	const form = await event.request.formData();
	const values = { ...formValues(form), which: 'signer' };
	try {
		await setCertificateSigner(coordinatorContext(event), id, {
			signer: String(form.get('signer') ?? ''),
			image: (await uploadedFile(form, 'signature'))?.data ?? null,
			removeImage: form.get('removeSignature') === 'on'
		});
		return { which: 'signer', savedSigner: true };
	} catch (e) {
		return actionFail(e, values);
	}
}

export async function sendCertificates(event: RequestEvent) {
	const id = uuidParam(event.params.id);
	try {
		const result = await issueCertificates(coordinatorContext(event), id, { baseUrl: event.url.origin, send: true });
		return { which: 'certificates', result };
	} catch (e) {
		const failed = actionFail(e, { which: 'certificates' });
		return fail(failed.status, { ...failed.data, which: 'certificates' });
	}
}

export async function downloadCertificates(event: RequestEvent) {
	const id = uuidParam(event.params.id);
	try {
		const { pdf } = await allCertificatesPdf(coordinatorContext(event), id, event.url.origin);
		return fileResponse(pdf, 'application/pdf', `teilnahmebescheinigungen-${berlinDay()}.pdf`);
	} catch (e) {
		raise(e);
	}
}

export async function downloadFeedback(event: RequestEvent) {
	const id = uuidParam(event.params.id);
	try {
		const results = await feedbackResults(coordinatorContext(event), id);
		if (!results.shown) return raise(new AppError('not_found'));
		return fileResponse(
			await feedbackXlsx(results),
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			`rueckmeldungen-${berlinDay()}.xlsx`
		);
	} catch (e) {
		raise(e);
	}
}
