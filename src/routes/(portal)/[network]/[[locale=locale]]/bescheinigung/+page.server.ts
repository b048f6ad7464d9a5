import { verifyCertificate } from '$lib/server/domains/events/verify-certificate';
import { publicContext } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

/** Anyone (an employer, a Landesjugendamt) checks a certificate's code: `?code=…`, no login. */
export const load: PageServerLoad = async (event) => {
	const { network } = await event.parent();
	const code = (event.url.searchParams.get('code') ?? '').slice(0, 40);
	const found = code ? await verifyCertificate(publicContext(event, network), code) : null;
	return { code, checked: code !== '', found };
};
