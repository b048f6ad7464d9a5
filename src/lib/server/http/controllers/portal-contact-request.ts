import { redirect, type RequestEvent } from '@sveltejs/kit';
import { langTag, SOURCE_LOCALE, type LocaleCode } from '$lib/i18n/locales';
import { formatDate } from '$lib/time';
import {
	CALL_BACK_WITHIN_DAYS,
	deletionDate,
	readContactRequestPeriods,
	type ContactRequestPeriods
} from '$lib/server/domains/contact-requests/contact-request-periods';
import { contactRequestSchema } from '$lib/server/domains/contact-requests/contact-request-schema';
import { submitContactRequest } from '$lib/server/domains/contact-requests/submit-contact-request';
import { getNetworkBySlug } from '$lib/server/domains/tenancy/get-network';
import { publicContext } from '../context';
import { formValues, invalid, parseWith } from '../forms';
import { actionFail, raise } from '../errors';

const DAY_MS = 86_400_000;

/**
 * What the offer page shows of "Bitte um Kontakt": the periods told before sending and, after the
 * redirect (`?kontakt=gesendet`), the answer with its two days in the visitor's language.
 */
export async function loadContactRequestPart(
	ctx: ReturnType<typeof publicContext>,
	enabled: boolean,
	url: URL,
	locale: LocaleCode
): Promise<{
	periods: ContactRequestPeriods;
	answer: { callBy: string; deleteBy: string } | null;
} | null> {
	if (!enabled) return null;
	const periods = await readContactRequestPeriods(ctx);
	if (url.searchParams.get('kontakt') !== 'gesendet') return { periods, answer: null };
	const now = new Date();
	const tag = langTag(locale);
	return {
		periods,
		answer: {
			callBy: formatDate(new Date(now.getTime() + CALL_BACK_WITHIN_DAYS * DAY_MS), 'date', tag),
			deleteBy: formatDate(deletionDate({ createdAt: now, doneAt: null }, periods), 'date', tag)
		}
	};
}

/**
 * The form's action on `/{network}/[[locale]]/angebote/{id}`: the schema, then one use case; bad
 * input comes back next to the fields with everything typed kept, the answer is a redirect to the
 * offer page (`?kontakt=gesendet#kontakt`), so a reload sends nothing twice. An unknown, foreign or
 * switched-off offer answers 404.
 */
export async function contactRequestAction(event: RequestEvent) {
	const values = formValues(await event.request.formData());
	const locale = (event.params.locale ?? SOURCE_LOCALE) as LocaleCode;
	let ctx: ReturnType<typeof publicContext<{ id: string; slug: string; name: string }>>;
	try {
		const network = await getNetworkBySlug(event.locals.app.database.db, event.params.network ?? '');
		ctx = publicContext(event, { id: network.id, slug: network.slug, name: network.name });
	} catch (e) {
		raise(e);
	}
	const parsed = parseWith(contactRequestSchema, values);
	if (!parsed.ok) return invalid(parsed.errors, values);
	try {
		await submitContactRequest({ ...ctx, baseUrl: event.url.origin }, event.params.id ?? '', parsed.data, {
			clientAddress: event.getClientAddress(),
			rateLimit: event.locals.app.config.contactRateLimit
		});
	} catch (e) {
		return actionFail(e, values, { rate_limited: { field: 'form', message: 'contact.form.rateLimited' } });
	}
	const prefix = `/${ctx.network.slug}${locale === SOURCE_LOCALE ? '' : `/${locale}`}`;
	redirect(303, `${prefix}/angebote/${event.params.id}?kontakt=gesendet#kontakt`);
}
