import { signedAgreementPdf } from '$lib/server/domains/agreements/agreement-pdf';
import { raise } from '$lib/server/http/errors';
import { coordinatorFilesContext } from '$lib/server/http/context';
import { fileResponse } from '$lib/server/http/uploads';
import { uuidParam } from '$lib/server/http/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	try {
		const { pdf, fileName } = await signedAgreementPdf(
			coordinatorFilesContext(event),
			uuidParam(event.params.id),
			uuidParam(event.params.versionId)
		);
		return fileResponse(pdf, 'application/pdf', fileName);
	} catch (e) {
		raise(e);
	}
};
