import { loadEventList } from '$lib/server/http/controllers/portal-event-pages';
import type { PageServerLoad } from './$types';
import { renderOnly } from '$lib/render-only';

export const load: PageServerLoad = async (event) =>
	renderOnly(event.isDataRequest, await loadEventList(event, await event.parent(), 'fachkraefte'));
