import { describe, expect, it } from 'vitest';
import { chooseStage, parseDay } from './life-stage';

const choose = (query: string) => chooseStage(new URLSearchParams(query), '2026-12-02');

describe('life stage from age or due date (home page)', () => {
	it('maps an age in years to the stage', () => {
		expect(choose('alter=0').stage).toBe('0-1');
		expect(choose('alter=2').stage).toBe('1-3');
		expect(choose('alter=3').stage).toBe('kita');
		expect(choose('alter=7').stage).toBe('grundschule');
	});

	it('a due date ahead means pregnancy, a day past is the birthday', () => {
		expect(choose('termin=2027-03-15').stage).toBe('schwangerschaft');
		expect(choose('termin=15.03.2027').stage).toBe('schwangerschaft');
		expect(choose('termin=2026-06-01').stage).toBe('0-1');
		expect(choose('termin=2024-12-03').stage).toBe('1-3');
		expect(choose('termin=2023-12-02').stage).toBe('kita');
	});

	it('bad input gives a message, never a stage', () => {
		expect(choose('alter=-1')).toMatchObject({ stage: null, errors: { alter: 'home.ageInvalid' } });
		expect(choose('alter=abc').errors.alter).toBe('home.ageInvalid');
		expect(choose('alter=13').errors.alter).toBe('home.ageInvalid');
		expect(choose('termin=2027-02-30')).toMatchObject({ stage: null, errors: { termin: 'home.dueInvalid' } });
		expect(choose('termin=%E2%80%AEx').errors.termin).toBe('home.dueInvalid');
		expect(choose('').stage).toBeNull();
		expect(parseDay('1.2.2027')).toBe('2027-02-01');
	});
});
