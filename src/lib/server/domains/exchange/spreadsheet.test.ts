import { describe, expect, it } from 'vitest';
import { neutralise, unneutralise } from './spreadsheet';

describe('spreadsheet reading', () => {
	it('neutralises formula-looking text and gives it back on import', () => {
		for (const v of ['=1+1', '+49 30 1', '-Liste', '@SUMME(A1)', 'normal']) expect(unneutralise(neutralise(v))).toBe(v);
		expect(neutralise('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
	});
});
