import { js2xliff, xliff2js, type XliffDocument, type XliffUnit, type XliffValue } from 'xliff';
import { t, type MessageKey } from '$lib/i18n';
import { SOURCE_LOCALE } from '$lib/i18n/locales';
import { requireRole } from '$lib/server/domains/shared/actor';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import type { TargetLocale } from '$lib/server/domains/taxonomy/shipped-term-translations';
import { applyTranslatedTexts } from './apply-translated-texts';
import { listUntranslatedTexts } from './list-untranslated-texts';
import {
	termKey,
	xmlSafe,
	type FilledText,
	type PackageError,
	type PackageResult,
	type PackageText
} from './translation-package-helpers';

type FileError = NonNullable<PackageResult['fileError']>;

/**
 * The language tag of `trgLang`: the portal's code, and `de-x-leicht` for Leichte Sprache (German
 * with a private-use subtag: BCP 47 has no tag for it, and `leicht` alone is not a language).
 */
export function xliffLanguageTag(locale: TargetLocale): string {
	return locale === 'leicht' ? 'de-x-leicht' : locale;
}

/** Whether an upload is XML (an XLIFF file) rather than a spreadsheet: its first character is `<`. */
export function looksLikeXliff(bytes: Uint8Array): boolean {
	const text = decode(bytes.subarray(0, 512), false) ?? '';
	return text
		.replace(/^\uFEFF/, '')
		.trimStart()
		.startsWith('<');
}

function decode(bytes: Uint8Array, fatal = true): string | null {
	const encoding =
		bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
	try {
		return new TextDecoder(encoding, { fatal }).decode(bytes);
	} catch {
		return null;
	}
}

const FIELD_NAME: Record<string, MessageKey> = {
	title: 'tr.field.title',
	summary: 'tr.field.summary',
	description: 'tr.field.description',
	text: 'tr.field.text',
	name: 'tr.field.name'
};

/**
 * The unit id `kind:id:field`: `offer:<uuid>:title`, `guidance:<uuid>:text`, `event:<uuid>:summary`,
 * `term:<key of the German text>:name`.
 */
const unitId = (text: PackageText) =>
	text.ref === 'term' ? `term:${termKey(text.source)}:name` : `${text.ref}:${text.field}`;

/** A note for the translator: what the text is, where it is shown, how long the translation may be. */
function noteOf(text: PackageText): string {
	const field = t(FIELD_NAME[text.field] ?? 'tr.field.name');
	const what = text.ref.startsWith('offer:')
		? t('tr.note.offer', { title: text.context, field })
		: text.ref.startsWith('guidance:')
			? t('tr.note.guidance', { title: text.context, field })
			: text.ref.startsWith('event:')
				? t('tr.note.event', { title: text.context, field })
				: t('tr.note.term');
	return xmlSafe(`${what} ${t('tr.note.max', { max: text.max })}`);
}

/**
 * The package as an XLIFF 2.0 document: one `<file>` per network, one `<unit>` per text still to
 * translate (stable id `kind:id:field`, German source, empty target, a note, the size restriction).
 * Units keep their white space and may not be resegmented: the import reads one segment per unit.
 */
export async function exportTranslationXliff(ctx: TenantContext, locale: TargetLocale): Promise<string> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const texts = await tenantTx(ctx, (tx) => listUntranslatedTexts(tx, ctx, locale));
	const units: Record<string, XliffUnit> = {};
	for (const text of texts)
		units[unitId(text)] = {
			source: xmlSafe(text.source),
			target: '',
			note: noteOf(text),
			additionalAttributes: { 'xml:space': 'preserve', canResegment: 'no', sizeRestriction: text.max }
		};
	const fileId = `nfh-${ctx.network.slug.replace(/[^A-Za-z0-9._-]/g, '-')}`;
	const xml = await js2xliff(
		{ sourceLanguage: SOURCE_LOCALE, targetLanguage: xliffLanguageTag(locale), resources: { [fileId]: units } },
		{ indent: '  ' }
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

/** Text of a source or target: plain text, or the text inside inline elements; null for a placeholder without text. */
function plain(value: XliffValue | undefined): string | null {
	if (value === undefined) return '';
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) {
		const parts = value.map(plain);
		return parts.some((p) => p === null) ? null : parts.join('');
	}
	const inner = Object.values(value)[0] as { contents?: XliffValue } | undefined;
	return inner && typeof inner === 'object' && 'contents' in inner ? plain(inner.contents) : null;
}

function unitsOf(group: Record<string, XliffUnit>): [string, XliffUnit][] {
	return Object.entries(group).flatMap(([id, u]) => (u?.groupUnits ? unitsOf(u.groupUnits) : [[id, u ?? {}]]));
}

const XLIFF_CORE = 'urn:oasis:names:tc:xliff:document:2.0';

/**
 * The checks the library does not make (it reads a truncated file, keeps one unit per id and the
 * last segment of a unit): well-formed XML through jsdom's conformant parser, no DTD (entities),
 * the XLIFF 2.0 core namespace and version, unit ids present and unique, one segment per unit.
 * Answers the ids of units whose target holds elements (`<ph>`, `<mrk>` …): the library reads
 * some of them as nothing at all, so such a target is an error rather than a shortened text.
 */
async function checkDocument(xml: string): Promise<{ fileError: FileError } | { marked: Set<string> }> {
	const refuse = (message: MessageKey) => ({ fileError: { message } });
	if (/<!DOCTYPE/i.test(xml)) return refuse('tr.errorXliffDoctype');
	const { JSDOM } = await import('jsdom');
	const { window } = new JSDOM('');
	try {
		const doc = new window.DOMParser().parseFromString(xml, 'application/xml');
		if (doc.getElementsByTagName('parsererror').length > 0) return refuse('tr.errorXliffMalformed');
		const root = doc.documentElement;
		if (
			root.namespaceURI !== XLIFF_CORE ||
			root.localName !== 'xliff' ||
			!['2.0', '2.1'].includes(root.getAttribute('version') ?? '')
		)
			return refuse('tr.errorXliffVersion');
		const units = Array.from(doc.getElementsByTagNameNS(XLIFF_CORE, 'unit'));
		const ids = units.map((u) => u.getAttribute('id') ?? '');
		if (ids.some((id) => !id) || new Set(ids).size !== ids.length) return refuse('tr.errorXliffUnitIds');
		const segments = (u: Element) => Array.from(u.children).filter((c) => c.localName === 'segment').length;
		if (units.some((u) => segments(u) > 1)) return refuse('tr.errorXliffSegments');
		const targets = (u: Element) => Array.from(u.getElementsByTagNameNS(XLIFF_CORE, 'target'));
		return {
			marked: new Set(
				units.filter((u) => targets(u).some((t) => t.children.length > 0)).map((u) => u.getAttribute('id')!)
			)
		};
	} finally {
		window.close();
	}
}

/** Reads the document, or says why it is not an XLIFF 2.0 package of `locale`. */
async function parse(
	bytes: Uint8Array,
	locale: TargetLocale
): Promise<{ units: [string, XliffUnit][]; marked: Set<string> } | { fileError: FileError }> {
	const decoded = decode(bytes);
	if (decoded === null) return { fileError: { message: 'tr.errorXliffEncoding' } };
	const xml = decoded.replace(/^\uFEFF/, '');
	const checked = await checkDocument(xml);
	if ('fileError' in checked) return checked;
	let doc: XliffDocument;
	try {
		doc = await xliff2js(xml);
	} catch {
		return { fileError: { message: 'tr.errorXliffMalformed' } };
	}
	if (!doc?.resources) return { fileError: { message: 'tr.errorXliffVersion' } };
	const expected = xliffLanguageTag(locale);
	const trg = (doc.targetLanguage ?? '').trim().toLowerCase();
	const regional = locale !== 'leicht' && trg.startsWith(`${expected}-`) && !trg.includes('-x-');
	if (trg !== expected && !regional)
		return { fileError: { message: 'tr.errorXliffTrgLang', values: { expected, found: doc.targetLanguage ?? '' } } };
	const src = doc.sourceLanguage ?? '';
	if (!/^de(-|$)/i.test(src) || /-x-/i.test(src))
		return { fileError: { message: 'tr.errorXliffSrcLang', values: { found: src } } };
	return { units: Object.values(doc.resources).flatMap(unitsOf), marked: checked.marked };
}

const UNIT = /^(offer|guidance|event):([^:]+):([a-z]+)$|^term:([0-9a-f]{16}):(name)$/;

/** The filled units as package texts, with the problems found in the file alone (unit ids, markup). */
function entriesOf(units: [string, XliffUnit][], marked: Set<string>) {
	const filled: { unit: string; n: number; entry: FilledText }[] = [];
	const errors: PackageError[] = [];
	units.forEach(([id, u], i) => {
		const at = (column: string, message: MessageKey) => errors.push({ row: i + 1, column, message, unit: id });
		const target = marked.has(id) ? null : plain(u.target);
		const source = plain(u.source) ?? '';
		if (target === null) return at('target', 'tr.errorXliffMarkup');
		if (!target.trim()) return;
		const m = UNIT.exec(id);
		if (!m) return at('id', 'tr.errorUnknown');
		if (m[4] && termKey(source.trim()) !== m[4] && termKey(source) !== m[4])
			return at('source', 'tr.errorSourceEdited');
		const entry = m[4]
			? { ref: 'term', field: 'name', source: termKey(source) === m[4] ? source : source.trim(), target: target.trim() }
			: { ref: `${m[1]}:${m[2]}`, field: m[3]!, source, target: target.trim() };
		filled.push({ unit: id, n: i + 1, entry });
	});
	return { filled, errors };
}

const COLUMN = { id: 'id', field: 'id', source: 'source', target: 'target' } as const;

/**
 * Imports a filled XLIFF package: the same dry run and all-or-nothing apply as the XLSX package.
 * A file that is no XLIFF 2.0 document of this language answers `fileError`; a unit with an
 * unknown id, a changed German text or markup in its target is an error at that unit.
 */
export async function importTranslationXliff(
	ctx: TenantContext,
	locale: TargetLocale,
	bytes: Uint8Array,
	o: { apply: boolean }
): Promise<PackageResult> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const read = await parse(bytes, locale);
	if ('fileError' in read)
		return { format: 'xliff', changes: [], errors: [], applied: false, fileError: read.fileError };
	const { filled, errors: fileErrors } = entriesOf(read.units, read.marked);
	return tenantTx(ctx, async (tx) => {
		const entries = filled.map((f) => f.entry);
		const done = await applyTranslatedTexts(tx, ctx, locale, entries, {
			apply: o.apply && fileErrors.length === 0,
			userId: actor.userId
		});
		const errors: PackageError[] = [
			...fileErrors,
			...done.problems.map((p) => ({
				row: filled[p.index]!.n,
				column: COLUMN[p.part],
				message: p.message,
				unit: filled[p.index]!.unit,
				...(p.values ? { values: p.values } : {})
			}))
		].sort((a, b) => a.row - b.row);
		const changes = done.changes.map(({ id, field, source, before, after }) => ({ id, field, source, before, after }));
		return { format: 'xliff' as const, changes, errors, applied: done.applied };
	});
}
