import { raise } from '$lib/server/http/errors';
import { getNetworkBySlug } from '$lib/server/domains/tenancy/get-network';
import { helpNumbersFor, telHref } from '$lib/server/domains/tenancy/help-numbers';
import { LOCALES, SOURCE_LOCALE, type LocaleCode } from '$lib/i18n/locales';
import { parseShortlist } from '$lib/portal/search-params';
import { loadTermTranslator } from '$lib/server/domains/taxonomy/term-translations';
import { publicContext } from '$lib/server/http/context';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, params, url }) => {
	try {
		const network = await getNetworkBySlug(locals.app.database.db, params.network);
		const locale = (params.locale ?? SOURCE_LOCALE) as LocaleCode;
		const prefix = `/${network.slug}${locale === SOURCE_LOCALE ? '' : `/${locale}`}`;
		// The same page in every language, for the language switcher.
		const rest = url.pathname.slice(prefix.length);
		const languages = LOCALES.map((l) => ({
			code: l.code,
			name: l.name,
			dir: l.dir,
			href: `/${network.slug}${l.code === SOURCE_LOCALE ? '' : `/${l.code}`}${rest}${url.search}`,
			current: l.code === locale
		}));
		// <link rel="alternate" hreflang>: absolute, without the Merkliste; Leichte Sprache is German too, so not an alternate.
		const alternates = LOCALES.filter((l) => l.code !== 'leicht').map((l) => ({
			hreflang: l.code,
			href: `${url.origin}/${network.slug}${l.code === SOURCE_LOCALE ? '' : `/${l.code}`}${rest}`
		}));
		// Help-number labels and notes in the page language (the network's own, shipped, or German).
		const term = await loadTermTranslator(publicContext({ locals }, network), locale);
		return {
			network,
			locale,
			prefix,
			languages,
			alternates,
			shortlist: parseShortlist(url.searchParams),
			quickExitUrl: locals.app.config.quickExitUrl,
			helpNumbers: helpNumbersFor(network.helpNumbers).map((h) => ({
				...h,
				label: term(h.label),
				...(h.note ? { note: term(h.note) } : {}),
				href: telHref(h.number)
			}))
		};
	} catch (e) {
		raise(e);
	}
};
