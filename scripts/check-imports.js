// The import check in `npm test` (`npm run check:imports`): fails on an import cycle between
// files, on a cycle between domains, and on an import against the layering in
// docs/ARCHITECTURE.md. Tests are left out: a test may import whatever it needs.
import path from 'node:path';
import { cruise } from 'dependency-cruiser';

const DOMAINS = 'src/lib/server/domains/';

/** The layering rules: [name, from pattern, to pattern]. */
const FORBIDDEN = [
	['domains never import routes', /^src\/lib\/server\/domains\//, /^src\/routes\//],
	['domains never import the HTTP layer', /^src\/lib\/server\/domains\//, /^src\/lib\/server\/http\//],
	['the database layer never imports domains', /^src\/lib\/server\/db\//, /^src\/lib\/server\/domains\//],
	['the database layer never imports the HTTP layer', /^src\/lib\/server\/db\//, /^src\/lib\/server\/http\//],
	[
		'the kernel imports no other domain',
		/^src\/lib\/server\/domains\/shared\//,
		/^src\/lib\/server\/domains\/(?!shared\/)/
	],
	['browser code never imports server code', /^src\/lib\/(?!server\/)/, /^src\/lib\/server\//]
];

const isTest = (path) => /\.test\.ts$|^tests\//.test(path);

const result = await cruise(
	['src'],
	{
		tsConfig: { fileName: 'tsconfig.json' },
		doNotFollow: { path: 'node_modules' },
		exclude: { path: ['\\.svelte-kit', 'node_modules'] },
		tsPreCompilationDeps: true
	},
	{
		alias: { $lib: path.resolve('src/lib'), $tests: path.resolve('tests/support') },
		extensions: ['.ts', '.js', '.svelte', '.json']
	}
);
if (result.exitCode !== 0 && !result.output) throw new Error('dependency-cruiser failed');
const modules = result.output.modules.filter((m) => !isTest(m.source) && m.source.startsWith('src/'));

const problems = [];
const edges = new Map();
for (const m of modules) {
	const targets = m.dependencies
		.filter((d) => d.resolved.startsWith('src/') && !isTest(d.resolved))
		.map((d) => d.resolved);
	edges.set(m.source, targets);
	for (const t of targets) {
		for (const [rule, from, to] of FORBIDDEN)
			if (from.test(m.source) && to.test(t)) problems.push(`${rule}: ${m.source} → ${t}`);
	}
}

/** Strongly connected components with more than one node (Tarjan), as lists of nodes. */
function cycles(graph) {
	let index = 0;
	const idx = new Map();
	const low = new Map();
	const stack = [];
	const onStack = new Set();
	const found = [];
	const visit = (v) => {
		idx.set(v, index);
		low.set(v, index++);
		stack.push(v);
		onStack.add(v);
		for (const w of graph.get(v) ?? []) {
			if (!idx.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v), low.get(w)));
			} else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
		}
		if (low.get(v) === idx.get(v)) {
			const part = [];
			let w;
			do {
				w = stack.pop();
				onStack.delete(w);
				part.push(w);
			} while (w !== v);
			if (part.length > 1) found.push(part.sort());
		}
	};
	for (const v of graph.keys()) if (!idx.has(v)) visit(v);
	return found;
}

for (const part of cycles(edges)) problems.push(`import cycle between files: ${part.join(', ')}`);

const domainOf = (path) => (path.startsWith(DOMAINS) ? path.slice(DOMAINS.length).split('/')[0] : null);
const domainEdges = new Map();
const example = new Map();
for (const [source, targets] of edges) {
	const from = domainOf(source);
	if (!from) continue;
	for (const t of targets) {
		const to = domainOf(t);
		if (!to || to === from) continue;
		if (!domainEdges.has(from)) domainEdges.set(from, new Set());
		domainEdges.get(from).add(to);
		if (!example.has(`${from}>${to}`)) example.set(`${from}>${to}`, `${source} → ${t}`);
	}
}
for (const part of cycles(new Map([...domainEdges].map(([k, v]) => [k, [...v]])))) {
	const links = [...example].filter(([key]) => part.includes(key.split('>')[0]) && part.includes(key.split('>')[1]));
	problems.push(`import cycle between domains ${part.join(', ')}:\n    ${links.map(([, e]) => e).join('\n    ')}`);
}

if (problems.length) {
	console.error(`Import check: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
console.log(`Import check: ${modules.length} modules, no cycles, layering kept.`);
