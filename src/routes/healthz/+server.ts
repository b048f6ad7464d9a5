import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** Liveness and database check for load balancers and the operator. */
export const GET: RequestHandler = async ({ locals }) => {
	const { database } = locals.app;
	try {
		await database.ping();
		return json({ status: 'ok', database: database.kind }, { headers: { 'cache-control': 'no-store' } });
	} catch {
		return json(
			{ status: 'error', database: database.kind },
			{ status: 503, headers: { 'cache-control': 'no-store' } }
		);
	}
};
