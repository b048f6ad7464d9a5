import { describe, expect, it } from 'vitest';
import { translate } from './index';
import { LOCALES } from './locales';
import { portalDe } from './messages/portal-de';

describe('translate', () => {
	it('formats plurals per language', () => {
		expect(translate('de', 'search.count', { count: 0 })).toBe('Keine Angebote gefunden');
		expect(translate('de', 'search.count', { count: 1 })).toBe('1 Angebot gefunden');
		expect(translate('ru', 'search.count', { count: 3 })).toBe('Найдено 3 услуги');
		expect(translate('ru', 'search.count', { count: 5 })).toBe('Найдено 5 услуг');
		expect(translate('ar', 'search.count', { count: 2 })).toBe('تم العثور على خدمتين');
		expect(translate('en', 'search.distance', { km: 1.5 })).toBe('approx. 1.5 km');
		expect(translate('de', 'search.distance', { km: 1.5 })).toBe('ca. 1,5 km');
	});
	it('every portal message compiles in every language', () => {
		for (const { code } of LOCALES) {
			for (const key of Object.keys(portalDe) as (keyof typeof portalDe)[]) {
				expect(
					() =>
						translate(code, key, {
							count: 2,
							km: 1,
							q: 'x',
							page: 1,
							pages: 2,
							place: 'x',
							label: 'x',
							name: 'x',
							date: 'x',
							status: 404,
							from: 'x',
							to: 'x',
							note: 'x',
							day: 'x',
							hours: 8,
							max: 10,
							months: 6,
							position: 3,
							persons: 2,
							until: 'x'
						}),
					`${code} ${key}`
				).not.toThrow();
			}
		}
	});
	it('falls back to German for the internal area', () => {
		expect(translate('tr', 'intern.settings.title')).toBe('Einstellungen des Netzwerks');
	});
});
