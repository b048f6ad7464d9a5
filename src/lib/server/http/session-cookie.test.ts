import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './session-cookie';

describe('safeReturnPath', () => {
	it.each([
		['/intern', '/intern'],
		['/intern/angebote?q=kita&seite=2', '/intern/angebote?q=kita&seite=2'],
		['/konto#rollen', '/konto#rollen'],
		['/intern/organisationen/Jugendamt Hürth', '/intern/organisationen/Jugendamt%20H%C3%BCrth']
	])('keeps the same-site path %j', (value, expected) => {
		expect(safeReturnPath(value)).toBe(expected);
	});

	it.each([
		null,
		undefined,
		'',
		'/',
		'intern',
		'//evil.example',
		'///evil.example',
		'/\\evil.example',
		'\\/evil.example',
		'/\t/evil.example',
		'/%09/evil.example'.replace('%09', '\t'),
		'/\n/evil.example',
		'/\r\nLocation: http://evil.example',
		'/intern\r\nSet-Cookie: x=1',
		'/\u0000/evil.example',
		'/\u007f/evil.example',
		'/\u0085/evil.example',
		'/intern\u202e',
		'/\u202eelpmaxe.live//',
		'/intern\u2066x',
		'/intern\u200f',
		'/intern\u061c',
		'/intern\u2028',
		'https://evil.example/',
		'http:/evil.example',
		'javascript:alert(1)',
		'/intern\\..\\..\\evil',
		'/./\\evil.example',
		`/${'a'.repeat(3000)}`
	])('refuses hostile value #%#', (value) => {
		expect(safeReturnPath(value)).toBeNull();
	});
});
