import { listOrganisations } from '$lib/server/domains/organisations/list-organisations';
import { coordinatorContext } from '$lib/server/http/context';
import { UUID } from '$lib/server/http/params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const p = event.url.searchParams;
	const filter = {
		q: (p.get('q') ?? '').slice(0, 100),
		category: UUID.test(p.get('kategorie') ?? '') ? p.get('kategorie')! : '',
		status: /^[a-z]{1,30}$/.test(p.get('status') ?? '') ? p.get('status')! : ''
	};
	return { filter, ...(await listOrganisations(coordinatorContext(event), filter)) };
};
