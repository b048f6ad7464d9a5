import { z } from 'zod';
import { listAuditLog } from '$lib/server/domains/privacy/list-audit-log';
import { coordinatorContext } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

const day = z.iso.date().catch('');
const filterSchema = z.object({
	entity: z
		.string()
		.regex(/^[a-z_]{1,40}$/)
		.catch(''),
	action: z
		.string()
		.regex(/^[a-z_]{1,40}$/)
		.catch(''),
	actor: z.uuid().catch(''),
	from: day,
	to: day,
	q: z.string().trim().max(200).catch(''),
	page: z.coerce.number().int().min(1).max(100_000).catch(1)
});

export const load: PageServerLoad = async (event) => {
	const p = event.url.searchParams;
	const filter = filterSchema.parse({
		entity: p.get('entity') ?? '',
		action: p.get('action') ?? '',
		actor: p.get('actor') ?? '',
		from: p.get('from') ?? '',
		to: p.get('to') ?? '',
		q: p.get('q') ?? '',
		page: p.get('page') ?? '1'
	});
	return { filter, log: await listAuditLog(coordinatorContext(event), filter) };
};
