import { describe, expect, it } from 'vitest';
import { parseSynonymText } from './manage-synonyms';

describe('district outlines and synonyms', () => {
	it('reads one synonym group per line', () => {
		expect(parseSynonymText('Kinderarzt, Pädiater\n\nKita,Krippe, kita')).toEqual([
			['kinderarzt', 'pädiater'],
			['kita', 'krippe']
		]);
	});
});
