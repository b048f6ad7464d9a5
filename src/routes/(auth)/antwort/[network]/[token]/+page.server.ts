import { fail } from '@sveltejs/kit';
import { RSVP_ANSWERS, type RsvpAnswer } from '$lib/server/db/schema';
import { answerRsvp, describeRsvp } from '$lib/server/domains/bodies/rsvp';
import type { Actions, PageServerLoad } from './$types';

// Opening the personal link changes nothing; the buttons record the answer (it can be changed later).
export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
	return { info: await describeRsvp(locals.app.database.db, params.network, params.token, new Date()) };
};

export const actions: Actions = {
	default: async ({ params, locals, request }) => {
		const answer = String((await request.formData()).get('answer') ?? '');
		if (!RSVP_ANSWERS.includes(answer as RsvpAnswer)) return fail(400, { invalid: true });
		return {
			info: await answerRsvp(locals.app.database.db, params.network, params.token, answer as RsvpAnswer, new Date()),
			saved: true
		};
	}
};
