import { downloadFeedback } from '$lib/server/http/controllers/event-followup-page';
import type { RequestHandler } from './$types';

/** The feedback answers as XLSX (from three answers on). */
export const GET: RequestHandler = async (event) => downloadFeedback(event);
