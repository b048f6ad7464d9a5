import { exportNetworkArchive } from '$lib/server/domains/archive/export-network-archive';
import { archiveResponse } from '$lib/server/http/archive-response';
import { archiveContext, coordinatorContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

/** GET /intern/einstellungen/archiv: the coordination downloads its whole network as one ZIP. */
export const GET: RequestHandler = async (event) => {
	const { network } = coordinatorContext(event);
	try {
		return archiveResponse(await exportNetworkArchive(archiveContext(event), network.id));
	} catch (e) {
		raise(e);
	}
};
