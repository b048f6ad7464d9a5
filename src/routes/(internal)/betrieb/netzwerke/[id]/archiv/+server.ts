import { exportNetworkArchive } from '$lib/server/domains/archive/export-network-archive';
import { archiveResponse } from '$lib/server/http/archive-response';
import { archiveContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import { uuidParam } from '$lib/server/http/params';
import type { RequestHandler } from './$types';

/** GET /betrieb/netzwerke/{id}/archiv: the operator downloads a network as one ZIP. */
export const GET: RequestHandler = async (event) => {
	try {
		return archiveResponse(await exportNetworkArchive(archiveContext(event), uuidParam(event.params.id)));
	} catch (e) {
		raise(e);
	}
};
