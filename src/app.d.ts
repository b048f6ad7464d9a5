import type { App as Application } from '$lib/server/app';
import type { SessionState } from '$lib/server/domains/accounts/validate-session';
import type { Network } from '$lib/server/domains/tenancy/get-network';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			app: Application;
			session: SessionState | null;
			/** The network of the internal area (set by the /intern guard). */
			network: Network | null;
			/** Set by the widget page: origins allowed to frame this response. */
			frameAncestors?: string[];
			/** Set by the search page: counted again when the page is served from the cache. */
			searchStat?: import('$lib/server/domains/offers/search-stats-buffer').SearchStat;
			/** Set by handleError when the database refused a value: the 500 becomes a 400. */
			badInput?: boolean;
		}
	}
}

export {};
