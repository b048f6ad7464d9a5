/**
 * Agenda items (Tagesordnungspunkte) with owner and duration. They are stored as readable
 * lines "Titel – Verantwortlich – 10 Min." in `meetings.agenda`, so invitations, calendar
 * files and PDFs show the same text; the form edits them as rows.
 */
export type AgendaItem = { title: string; owner: string; minutes: number | null };

const SEP = ' – ';
const DURATION = /^(\d{1,3}) Min\.?$/;

export function parseAgenda(text: string): AgendaItem[] {
	return text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean)
		.map((line) => {
			const parts = line.split(SEP);
			const last = parts.at(-1)!.match(DURATION);
			const minutes = parts.length > 1 && last ? Number(last[1]) : null;
			if (minutes !== null) parts.pop();
			const owner = parts.length > 1 ? parts.pop()! : '';
			return { title: parts.join(SEP), owner, minutes };
		});
}

/** The separator inside a title or owner becomes a plain hyphen so the line reads back the same. */
export function formatAgenda(items: AgendaItem[]): string {
	const clean = (v: string) => v.replaceAll(SEP, ' - ').trim();
	return items
		.map((i) => [clean(i.title), clean(i.owner), i.minutes ? `${i.minutes} Min.` : ''].filter(Boolean).join(SEP))
		.join('\n');
}

/** Form values agenda-N-title/-owner/-minutes for the saved items plus empty rows. */
export function agendaFormValues(text: string): Record<string, string> {
	const values: Record<string, string> = {};
	parseAgenda(text).forEach((item, i) => {
		values[`agenda-${i}-title`] = item.title;
		values[`agenda-${i}-owner`] = item.owner;
		values[`agenda-${i}-minutes`] = item.minutes ? String(item.minutes) : '';
	});
	return values;
}

/** Rows the form shows: the filled ones plus EXTRA_AGENDA_ROWS empty ones (at least 5, at most MAX_AGENDA_ROWS). */
export function agendaRowCount(values: Record<string, unknown>): number {
	let last = -1;
	for (const key of Object.keys(values)) {
		const m = key.match(/^agenda-(\d+)-(title|owner|minutes)$/);
		if (m && values[key]) last = Math.max(last, Number(m[1]));
	}
	return Math.min(MAX_AGENDA_ROWS, Math.max(5, last + 1 + EXTRA_AGENDA_ROWS));
}

/** Each item with its planned start (HH:MM, Berlin wall clock of the meeting's start) and the total length. */
export function scheduleAgenda(
	items: AgendaItem[],
	startTime: string
): { items: (AgendaItem & { at: string | null })[]; totalMinutes: number } {
	const [h, m] = startTime.split(':').map(Number) as [number, number];
	let offset = 0;
	let known = true;
	const scheduled = items.map((item) => {
		const at = known
			? `${String(Math.floor((h * 60 + m + offset) / 60) % 24).padStart(2, '0')}:${String((m + offset) % 60).padStart(2, '0')}`
			: null;
		if (item.minutes) offset += item.minutes;
		else known = false; // without a duration the following start times are unknown
		return { ...item, at };
	});
	return { items: scheduled, totalMinutes: items.reduce((sum, i) => sum + (i.minutes ?? 0), 0) };
}

/** How many empty rows the form offers after the existing items. */
export const EXTRA_AGENDA_ROWS = 3;
export const MAX_AGENDA_ROWS = 30;
