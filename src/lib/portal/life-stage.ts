/** The home page's optional "Alter oder Geburtstermin" (kept only in the URL) → the matching life stage. */
export const HOME_STAGES = ['schwangerschaft', '0-1', '1-3', 'kita', 'grundschule'] as const;
export type HomeStage = (typeof HOME_STAGES)[number];

export type StageChoice = {
	stage: HomeStage | null;
	/** What the visitor typed, to show it again. */
	alter: string;
	termin: string;
	errors: { alter?: 'home.ageInvalid'; termin?: 'home.dueInvalid' };
};

function stageOfAge(years: number): HomeStage {
	if (years < 1) return '0-1';
	if (years < 3) return '1-3';
	if (years < 6) return 'kita';
	return 'grundschule';
}

/** A date as typed: `2027-03-15` (date field) or `15.03.2027`; null when it is no real day. */
export function parseDay(value: string): string | null {
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
	const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : german ? [german[3], german[2], german[1]] : [];
	if (!y || !m || !d) return null;
	const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
	const date = new Date(`${day}T00:00:00Z`);
	return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? null : day;
}

/**
 * `?alter=2` (years) or `?termin=2027-03-15` (due date; a day in the past counts as the birthday).
 * `today` is the Berlin day `YYYY-MM-DD`.
 */
export function chooseStage(params: URLSearchParams, today: string): StageChoice {
	const alter = (params.get('alter') ?? '').trim().slice(0, 10);
	const termin = (params.get('termin') ?? '').trim().slice(0, 20);
	const choice: StageChoice = { stage: null, alter, termin, errors: {} };
	if (termin) {
		const day = parseDay(termin);
		if (!day || day < '1990-01-01' || day > '2100-01-01') choice.errors.termin = 'home.dueInvalid';
		else if (day >= today) choice.stage = 'schwangerschaft';
		else {
			const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
			const [by, bm, bd] = day.split('-').map(Number) as [number, number, number];
			const years = ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
			choice.stage = stageOfAge(years);
		}
	}
	if (alter) {
		const years = /^\d{1,2}$/.test(alter) ? Number(alter) : NaN;
		if (!(years >= 0 && years <= 12)) choice.errors.alter = 'home.ageInvalid';
		else choice.stage ??= stageOfAge(years);
	}
	return choice;
}
