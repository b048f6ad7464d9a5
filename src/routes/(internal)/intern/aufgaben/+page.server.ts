import { listTasks, taskFilter } from '$lib/server/domains/bodies/list-tasks';
import { toggleTaskAction } from '$lib/server/http/controllers/minutes-actions';
import { coordinatorContext } from '$lib/server/http/context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const filter = taskFilter(event.url.searchParams);
	return { filter, ...(await listTasks(coordinatorContext(event), filter)) };
};
export const actions: Actions = { task: (event) => toggleTaskAction(event) };
