import { getContext, setContext } from 'svelte';
import { createTranslator, t as german, type Translator } from './index';
import { LOCALES, SOURCE_LOCALE, type LocaleCode } from './locales';

const KEY = Symbol('translator');

/** Called by the portal layout: components below it translate into `locale`. */
export function provideTranslator(locale: LocaleCode): Translator {
	const translator = createTranslator(locale);
	setContext(KEY, translator);
	return translator;
}

/** The translator of the surrounding page (German outside the portal). */
export function useTranslator(): Translator {
	return getContext<Translator | undefined>(KEY) ?? german;
}

export function isLocale(code: string): code is LocaleCode {
	return LOCALES.some((l) => l.code === code);
}

export function localeInfo(code: LocaleCode) {
	return LOCALES.find((l) => l.code === code) ?? LOCALES.find((l) => l.code === SOURCE_LOCALE)!;
}
