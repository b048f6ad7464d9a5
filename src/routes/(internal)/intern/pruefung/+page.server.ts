import { listReviewQueue } from '$lib/server/domains/offers/review-offer-change';
import { coordinatorContext } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ queue: await listReviewQueue(coordinatorContext(event)) });
