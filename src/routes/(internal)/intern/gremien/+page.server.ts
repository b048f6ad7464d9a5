import { listBodies } from '$lib/server/domains/bodies/list-bodies';
import { coordinatorContext } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ bodies: await listBodies(coordinatorContext(event)) });
