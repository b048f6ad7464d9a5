import { JSDOM } from 'jsdom';

/**
 * Values an attacker or a broken client sends. A few are already percent-encoded bytes
 * (`raw`), because some byte sequences (a lone surrogate as UTF-8, an overlong NUL) cannot
 * be written as a JavaScript string that the URL and form encoders would keep.
 */
export const HOSTILE_TEXT: string[] = [
	'',
	' ',
	'\0',
	'a\0b',
	'\0'.repeat(10),
	'\u0001\u0002\u0003',
	'\u0007\b\u000b\f',
	'\u001b[31mrot',
	'\u007f',
	'\u0085',
	'\r\n',
	'x\r\nSet-Cookie: a=b',
	'\t',
	'\ud800',
	'\udfff',
	'a\ud800b',
	'\udc00\ud800',
	'["\\ud800"]',
	'{"a":"\\u0000"}',
	'\u202e',
	'\u202egnp.exe',
	'\u2066x\u2069',
	'\u200b\u200d',
	'\ufeff',
	'\uffff\ufffe',
	'\u{10ffff}',
	'😀'.repeat(50),
	'x'.repeat(100_000),
	'ä'.repeat(50_000),
	' '.repeat(1000),
	'a'.repeat(256),
	'not-a-uuid',
	'00000000-0000-0000-0000-000000000000',
	'-'.repeat(36),
	'f'.repeat(36),
	'Z0000000-0000-4000-8000-000000000000',
	'123e4567-e89b-12d3-a456-42661417400',
	'ffffffff-ffff-ffff-ffff-ffffffffffffff',
	'{}',
	'[]',
	'null',
	'undefined',
	'NaN',
	'Infinity',
	'-Infinity',
	'-1',
	'0',
	'-0',
	'1e309',
	'9'.repeat(40),
	'-9223372036854775809',
	'2147483648',
	'4294967296',
	'1.5',
	'0x10',
	'1,5',
	'2026-02-31',
	'31.02.2026',
	'2026-13-01',
	'0000-00-00',
	'9999-12-31T25:61:61Z',
	'-infinity',
	'yesterday',
	'epoch',
	'24:00',
	'99:99',
	'xx',
	'zz-ZZ',
	'de-DE-x-aaaaaaaaaaaaa',
	'../../etc/passwd',
	'<script>alert(1)</script>',
	"' OR 1=1 --",
	'"; drop table offers; --',
	'%',
	'%zz',
	'\\',
	'*',
	'?&#=',
	'${7*7}{{7*7}}',
	'true',
	'on'
];

/** Already percent-encoded byte sequences: lone surrogates as UTF-8, overlong NUL, invalid UTF-8, bidi, CR LF. */
export const HOSTILE_RAW: string[] = [
	'%ED%A0%80',
	'a%ED%BF%BFb',
	'%00',
	'%C0%80',
	'%FF%FE',
	'%E2%80%AE',
	'%0D%0A',
	'%F4%90%80%80'
];

/** Percent-encodes like encodeURIComponent, but writes lone surrogates as their (invalid) UTF-8 bytes instead of throwing. */
export function encode(value: string): string {
	let out = '';
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		const next = value.charCodeAt(i + 1);
		if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
			out += encodeURIComponent(value.slice(i, i + 2));
			i++;
		} else if (c >= 0xd800 && c <= 0xdfff) {
			out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
				.map((b) => `%${b.toString(16).toUpperCase()}`)
				.join('');
		} else out += encodeURIComponent(value[i]!);
	}
	return out;
}

/** Every hostile value, percent-encoded. */
export const HOSTILE_ENCODED: string[] = [...HOSTILE_TEXT.map(encode), ...HOSTILE_RAW];

/** The values most likely to reach the database or a parser unchanged: sent in every field or parameter at once. */
export const CORE_ENCODED: string[] = [
	'a\0b',
	'\ud800',
	'%ED%A0%80',
	'\u202egnp.exe\u0007',
	'{"a":"\\u0000"}',
	'-'.repeat(36),
	'-1',
	'9'.repeat(40),
	'2026-02-31',
	'zz-ZZ'
].map((v) => (v.startsWith('%') ? v : encode(v)));

/** The bytes of a percent-encoded value (to put raw bytes into a multipart part). */
export function decodedBytes(encoded: string): Buffer {
	const bytes: number[] = [];
	for (let i = 0; i < encoded.length; i++) {
		if (encoded[i] === '%' && /^[0-9a-f]{2}$/i.test(encoded.slice(i + 1, i + 3))) {
			bytes.push(Number.parseInt(encoded.slice(i + 1, i + 3), 16));
			i += 2;
		} else bytes.push(...Buffer.from(encoded[i]!, 'utf8'));
	}
	return Buffer.from(bytes);
}

export type FormField = { name: string; value: string; file?: boolean; hidden?: boolean };
export type FoundForm = { action: string; multipart: boolean; fields: FormField[] };

/** Links (same origin), the fields of GET forms (filters: query parameters) and POST forms of a page, with the fields' current values. */
export function pageParts(
	html: string,
	pageUrl: string
): { links: string[]; queryNames: string[]; forms: FoundForm[] } {
	const { document } = new JSDOM(html, { url: pageUrl }).window;
	const origin = new URL(pageUrl).origin;
	const links = [...document.querySelectorAll('a[href]')]
		.map((a) => new URL(a.getAttribute('href')!, pageUrl))
		.filter((u) => u.origin === origin)
		.map((u) => u.pathname + u.search);
	const forms: FoundForm[] = [];
	const queryNames: string[] = [];
	for (const form of document.querySelectorAll('form')) {
		if ((form.getAttribute('method') ?? 'get').toLowerCase() !== 'post') {
			queryNames.push(...[...form.querySelectorAll('[name]')].map((el) => el.getAttribute('name')!));
			continue;
		}
		const fields: FormField[] = [];
		for (const el of form.querySelectorAll('input[name], select[name], textarea[name]')) {
			const name = el.getAttribute('name')!;
			if (el.tagName === 'SELECT') fields.push({ name, value: (el as HTMLSelectElement).value });
			else if (el.tagName === 'TEXTAREA') fields.push({ name, value: (el as HTMLTextAreaElement).value });
			else {
				const input = el as HTMLInputElement;
				if (input.type === 'file') fields.push({ name, value: '', file: true });
				else if ((input.type === 'checkbox' || input.type === 'radio') && !input.checked) continue;
				else fields.push({ name, value: input.value, hidden: input.type === 'hidden' });
			}
		}
		const actions = new Set([
			form.getAttribute('action') ?? '',
			...[...form.querySelectorAll('button[formaction]')].map((b) => b.getAttribute('formaction')!)
		]);
		for (const action of actions) {
			const target = new URL(action, pageUrl);
			forms.push({
				action: target.pathname + target.search,
				multipart: (form.getAttribute('enctype') ?? '').includes('multipart'),
				fields
			});
		}
	}
	return { links, queryNames, forms };
}

/** A multipart body from raw (percent-encoded) values; file fields get a small text file with a hostile name. */
export function multipartBody(
	fields: { name: string; encoded: string; file?: boolean }[],
	boundary: string
): Uint8Array<ArrayBuffer> {
	const parts: Buffer[] = [];
	for (const f of fields) {
		const disposition = f.file
			? `form-data; name="${f.name}"; filename="${decodedBytes(f.encoded)
					.toString('latin1')
					.replace(/["\r\n]/g, '_')}.pdf"`
			: `form-data; name="${f.name}"`;
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${f.file ? 'Content-Type: application/pdf\r\n' : ''}\r\n`,
				'latin1'
			)
		);
		parts.push(f.file ? Buffer.from('%PDF-1.4\n%hostile\n') : decodedBytes(f.encoded));
		parts.push(Buffer.from('\r\n'));
	}
	parts.push(Buffer.from(`--${boundary}--\r\n`));
	return new Uint8Array(Buffer.concat(parts));
}

/** Broken multipart bodies: no closing boundary, wrong boundary, garbage, truncated header. */
export const MALFORMED_MULTIPART: { contentType: string; body: string }[] = [
	{
		contentType: 'multipart/form-data; boundary=XYZ',
		body: '--XYZ\r\nContent-Disposition: form-data; name="email"\r\n\r\nfoo'
	},
	{ contentType: 'multipart/form-data; boundary=XYZ', body: 'garbage without any boundary' },
	{ contentType: 'multipart/form-data', body: '--\r\n\r\n' },
	{ contentType: 'multipart/form-data; boundary=XYZ', body: '--XYZ\r\nContent-Disposition: form-da' },
	{ contentType: 'multipart/form-data; boundary=', body: '' }
];

/** What a user must never see: a stack trace or the database talking. */
export const LEAK =
	/\bat [\w$.<>]+ \([^)]*:\d+:\d+\)|node:internal|file:\/\/\/|Failed query|syntax error at or near|violates [\w-]+ constraint|invalid input syntax|invalid byte sequence|duplicate key value|unsupported Unicode escape|DrizzleQueryError|PostgresError|error: relation "|\bSQLSTATE\b/i;
