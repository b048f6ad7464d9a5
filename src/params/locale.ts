import type { ParamMatcher } from '@sveltejs/kit';
import { LOCALES, SOURCE_LOCALE } from '$lib/i18n/locales';

/** A portal language prefix: every locale except German, which has none. */
export const match = ((param: string) =>
	param !== SOURCE_LOCALE && LOCALES.some((l) => l.code === param)) satisfies ParamMatcher;
