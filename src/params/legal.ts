import type { ParamMatcher } from '@sveltejs/kit';
import { isLegalPage } from '$lib/portal/legal-pages';

export const match = ((param: string) => isLegalPage(param)) satisfies ParamMatcher;
