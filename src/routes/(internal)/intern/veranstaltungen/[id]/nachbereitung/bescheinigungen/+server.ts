import { downloadCertificates } from '$lib/server/http/controllers/event-followup-page';
import type { RequestHandler } from './$types';

/** All issued certificates of the event as one PDF. */
export const GET: RequestHandler = async (event) => downloadCertificates(event);
