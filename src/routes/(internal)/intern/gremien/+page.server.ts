import { listBodies } from '$lib/server/domains/meetings/manage-bodies';
import { coordinatorContext } from '$lib/server/http/coordinator';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ bodies: await listBodies(coordinatorContext(event)) });
