import { memberDirectory } from '$lib/server/domains/organisations/member-directory';
import { hasRole } from '$lib/server/domains/shared/actor';
import { raise } from '$lib/server/http/errors';
import { UUID } from '$lib/server/http/params';
import { memberContext } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const ctx = memberContext({ locals });
	const { network, actor } = ctx;
	const p = url.searchParams;
	const uuid = (v: string | null) => (v && UUID.test(v) ? v : '');
	const filter = {
		q: (p.get('q') ?? '').trim().slice(0, 100),
		category: uuid(p.get('kategorie')),
		district: uuid(p.get('stadtteil')),
		body: uuid(p.get('gremium'))
	};
	try {
		const directory = await memberDirectory(ctx, filter);
		return { filter, directory, canExport: hasRole(actor, 'coordinator', network.id) };
	} catch (e) {
		raise(e);
	}
};
