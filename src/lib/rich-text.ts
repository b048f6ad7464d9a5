/**
 * Plain text with a tiny, safe structure: blank line = paragraph, "## " = heading,
 * "- " = list item. Nothing is interpreted as HTML. Used by the RichText component and PDFs.
 */
export type RichBlock = { kind: 'p'; text: string } | { kind: 'h'; text: string } | { kind: 'ul'; items: string[] };

export function richBlocks(text: string): RichBlock[] {
	const result: RichBlock[] = [];
	for (const chunk of text.replace(/\r\n/g, '\n').split(/\n{2,}/)) {
		const lines = chunk.split('\n').filter((l) => l.trim() !== '');
		if (lines.length === 0) continue;
		if (lines.length === 1 && lines[0]!.startsWith('## ')) {
			result.push({ kind: 'h', text: lines[0]!.slice(3).trim() });
		} else if (lines.every((l) => /^\s*[-•]\s+/.test(l))) {
			result.push({ kind: 'ul', items: lines.map((l) => l.replace(/^\s*[-•]\s+/, '')) });
		} else {
			result.push({ kind: 'p', text: lines.join('\n') });
		}
	}
	return result;
}
