import { describe, expect, it } from 'vitest';
import { isSealed, secretBox, SecretUnreadable } from './crypto';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('secretBox (AES-256-GCM at rest)', () => {
	const box = secretBox('ein-langer-schluessel-nur-fuer-diesen-test-0001');

	it('seals into v1:<iv>:<tag>:<ciphertext> without the plain value, a new IV each time, and opens again', () => {
		const a = box.seal(SECRET, 'totp:1');
		const b = box.seal(SECRET, 'totp:1');
		expect(a).toMatch(/^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/);
		expect(a).not.toContain(SECRET);
		expect(a).not.toBe(b);
		expect(isSealed(a)).toBe(true);
		expect(isSealed(SECRET)).toBe(false);
		expect(box.open(a, 'totp:1')).toBe(SECRET);
	});

	it('does not open with another key, in another context, or when a character changed', () => {
		const sealed = box.seal(SECRET, 'totp:1');
		const other = secretBox('ein-anderer-schluessel-nur-fuer-diesen-test-0002');
		expect(other.keyId).not.toBe(box.keyId);
		expect(() => other.open(sealed, 'totp:1')).toThrow(SecretUnreadable);
		expect(() => box.open(sealed, 'totp:2')).toThrow(SecretUnreadable);
		const [v, iv, tag, data] = sealed.split(':') as [string, string, string, string];
		const flipped = `${data[0] === 'A' ? 'B' : 'A'}${data.slice(1)}`; // the first character carries no padding bits
		expect(() => box.open([v, iv, tag, flipped].join(':'), 'totp:1')).toThrow(SecretUnreadable);
		expect(() => box.open('v1:kaputt', 'totp:1')).toThrow(SecretUnreadable);
		// The same APP_SECRET gives the same key (another process, the next start).
		expect(secretBox('ein-langer-schluessel-nur-fuer-diesen-test-0001').open(sealed, 'totp:1')).toBe(SECRET);
	});
});
