import { loadCheckIn, saveCheckIn } from '$lib/server/http/controllers/event-followup-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => loadCheckIn(event);
export const actions: Actions = { default: (event) => saveCheckIn(event) };
