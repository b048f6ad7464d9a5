/** iCalendar helpers shared by meetings (bodies) and events: every calendar file we write uses them. */

export const CALENDAR_PRODUCT = { company: 'Netzwerk Frühe Hilfen', language: 'DE' } as const;

/**
 * A link as a valid URI for iCalendar (RFC 5545 URL is a URI): umlauts and spaces in the path or
 * query percent-encoded, an IDN host in punycode; null when it is no URL at all.
 */
export function calendarUri(link: string): string | null {
	try {
		return new URL(link).href;
	} catch {
		return null;
	}
}
