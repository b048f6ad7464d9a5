// xliff (locize) ships no types: the part of its API the translation package uses (XLIFF 2.0).
declare module 'xliff' {
	/** Plain text, or text with inline elements (`{ Span: { id, contents } }` …) as the library models them. */
	export type XliffValue = string | { [element: string]: unknown } | XliffValue[];
	export type XliffUnit = {
		source?: XliffValue;
		target?: XliffValue;
		note?: string | string[];
		additionalAttributes?: Record<string, string | number>;
		/** Set for a `<group>`: its units by id. */
		groupUnits?: Record<string, XliffUnit>;
	};
	export type XliffDocument = {
		sourceLanguage?: string;
		targetLanguage?: string;
		/** Set when the file's version is not 2.0. */
		xliffVersion?: string;
		/** `<file>` id → unit id → unit. */
		resources?: Record<string, Record<string, XliffUnit>>;
	};
	export function js2xliff(
		document: XliffDocument,
		options?: { indent?: string; targetXliffVersion?: string }
	): Promise<string>;
	export function xliff2js(xml: string, options?: { namespace?: string }): Promise<XliffDocument>;
}
