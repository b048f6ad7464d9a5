import fs from 'node:fs';
import path from 'node:path';
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
							until: 'x',
							year: 2025,
							provider: 'x',
							network: 'x',
							openDays: 30,
							doneDays: 7
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

describe('the German catalog', () => {
	// de.ts spreads its parts into one object: a key defined in two files would silently win in
	// one of them (nav.events once did). Every key is defined in exactly one file of the closure.
	it('defines every key in one file only', () => {
		const dir = path.join(import.meta.dirname, 'messages');
		const files = new Set<string>();
		const visit = (file: string) => {
			if (files.has(file)) return;
			files.add(file);
			const source = fs.readFileSync(path.join(dir, file), 'utf8');
			for (const m of source.matchAll(/^import \{[^}]*\} from '\.\/([\w-]+)';$/gm)) visit(`${m[1]}.ts`);
		};
		visit('de.ts');
		const definedIn = new Map<string, string[]>();
		for (const file of files) {
			const source = fs.readFileSync(path.join(dir, file), 'utf8');
			const keys = new Set([...source.matchAll(/^\t+'([\w.-]+)':/gm)].map((m) => m[1]!));
			for (const key of keys) definedIn.set(key, [...(definedIn.get(key) ?? []), file]);
		}
		expect(files.size).toBeGreaterThan(10);
		expect(definedIn.size).toBeGreaterThan(1000);
		const twice = [...definedIn]
			.filter(([, where]) => where.length > 1)
			.map(([k, where]) => `${k}: ${where.join(', ')}`);
		expect(twice).toEqual([]);
	});
});
