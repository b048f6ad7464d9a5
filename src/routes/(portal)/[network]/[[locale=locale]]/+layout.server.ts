import { raise } from '$lib/server/http/errors';
import { helpNumbersFor, telHref } from '$lib/server/domains/tenancy/help-numbers';
import { LOCALES, SOURCE_LOCALE, type LocaleCode } from '$lib/i18n/locales';
import { parseShortlist } from '$lib/portal/search-params';
import { publicNetwork, publicTermTranslator } from '$lib/server/http/network-memo';
import type { LayoutServerLoad } from './$types';
import { renderOnly } from '$lib/render-only';

export const load: LayoutServerLoad = async ({ locals, params, route, url, isDataRequest }) => {
	try {
		const network = await publicNetwork({ locals }, params.network);
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
		const term = await publicTermTranslator({ locals }, network, locale);
		const data = {
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
		// The map (karte) is the one portal page that runs in the browser: it needs this data there.
		return route.id.endsWith('/karte') ? data : renderOnly(isDataRequest, data);
	} catch (e) {
		raise(e);
	}
};
