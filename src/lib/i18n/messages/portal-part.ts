import type { LocaleCode } from '../locales';

/**
 * A part of the portal catalog kept in its own file (one per area), with every language in
 * one place: the German texts typed `as const` and the other eight typed against their keys,
 * so a missing translation fails the type check. Each `portal-<locale>.ts` spreads its part.
 */
export type PortalPart<K extends string> = Record<LocaleCode, Record<K, string>>;
