import { loadEventList } from '$lib/server/http/controllers/portal-event-pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => loadEventList(event, await event.parent(), 'fachkraefte');
