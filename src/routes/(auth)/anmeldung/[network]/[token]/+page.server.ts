import { acceptSeatOffer } from '$lib/server/domains/events/accept-seat-offer';
import { cancelRegistrationByLink } from '$lib/server/domains/events/cancel-registration-by-link';
import { describeRegistration } from '$lib/server/domains/events/registration-by-link';
import { feedbackByLink, registrationFollowup } from '$lib/server/domains/events/registration-followup';
import { feedbackSchema } from '$lib/server/domains/events/submit-feedback';
import { actionFail } from '$lib/server/http/errors';
import { formValues, invalid, parseWith } from '$lib/server/http/forms';
import { invalidateNetworkPages } from '$lib/server/http/page-cache';
import type { Actions, PageServerLoad } from './$types';

// The registration's personal link: opening it changes nothing (mail scanners open links); its
// buttons cancel the registration or accept an offered seat. No login, no cookie.
export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
	const db = locals.app.database.db;
	const now = new Date();
	return {
		view: await describeRegistration(db, params.network, params.token, now),
		followup: await registrationFollowup(db, params.network, params.token, now)
	};
};

const seatsChanged = (slug: string) =>
	invalidateNetworkPages(slug, (key) => /\/(veranstaltungen|fortbildungen|angebote)/.test(key));

export const actions: Actions = {
	cancel: async ({ params, locals, url }) => {
		const outcome = await cancelRegistrationByLink(
			locals.app.database.db,
			url.origin,
			params.network,
			params.token,
			new Date()
		);
		if (outcome.done === 'cancelled') seatsChanged(params.network);
		return outcome;
	},
	feedback: async ({ params, locals, request }) => {
		const form = await request.formData();
		const values = formValues(form);
		const answers = [0, 1, 2, 3, 4].map((i) => String(form.get(`answer-${i}`) ?? ''));
		const parsed = parseWith(feedbackSchema, { ...values, answers });
		if (!parsed.ok) return invalid(parsed.errors, values);
		try {
			const db = locals.app.database.db;
			await feedbackByLink(db, params.network, params.token, parsed.data, new Date());
			return { feedbackSent: true };
		} catch (e) {
			return actionFail(e, values, { conflict: { field: 'rating', message: 'events.feedback.error.given' } });
		}
	},
	accept: async ({ params, locals, url }) => {
		const outcome = await acceptSeatOffer(locals.app.database.db, url.origin, params.network, params.token, new Date());
		if (outcome.done === 'accepted') seatsChanged(params.network);
		return outcome;
	}
};
