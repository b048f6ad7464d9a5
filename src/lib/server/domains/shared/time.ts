const TZ = 'Europe/Berlin';

function offsetMinutes(instant: Date): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: TZ,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit'
	}).formatToParts(instant);
	const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
	return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** A wall-clock date and time in Europe/Berlin ("2026-03-05", "18:30") as an instant (summer time handled). */
export function berlinInstant(day: string, time: string): Date {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const [h, mi] = time.split(':').map(Number) as [number, number];
	const guess = Date.UTC(y, m - 1, d, h, mi);
	let instant = new Date(guess - offsetMinutes(new Date(guess)) * 60_000);
	instant = new Date(guess - offsetMinutes(instant) * 60_000);
	return instant;
}

/** An instant as Europe/Berlin date and time parts for forms. */
export function berlinParts(instant: Date): { day: string; time: string } {
	return {
		day: instant.toLocaleDateString('sv-SE', { timeZone: TZ }),
		time: instant.toLocaleTimeString('de-DE', { timeZone: TZ, hour: '2-digit', minute: '2-digit' })
	};
}

export function formatBerlin(start: Date, end: Date): string {
	const day = new Intl.DateTimeFormat('de-DE', {
		timeZone: TZ,
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	}).format(start);
	const time = (d: Date) => d.toLocaleTimeString('de-DE', { timeZone: TZ, hour: '2-digit', minute: '2-digit' });
	return `${day}, ${time(start)}–${time(end)} Uhr`;
}
