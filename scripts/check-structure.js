// The size check in `npm test` (`npm run check:structure`): a use-case file under
// src/lib/server/domains/ exports at most 4 functions, and no function in src/ is longer than
// 100 lines. Schemas, constant lists and the kernel's helper modules may export more (STYLE.md).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const MAX_EXPORTED_FUNCTIONS = 4;
const MAX_FUNCTION_LINES = 100;
/** Files that are not one use case: the kernel, schemas, column and status lists, pure helpers. */
const HELPER_MODULE = /\/domains\/shared\/|-schema\.ts$|-schemas\.ts$|-columns\.ts$|\/statuses\.ts$|-helpers\.ts$/;

function walk(dir, out = []) {
	for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) walk(p, out);
		else if (/\.ts$/.test(e.name) && !/\.test\.ts$|\.d\.ts$/.test(e.name)) out.push(p);
	}
	return out;
}

const problems = [];
for (const file of walk('src')) {
	const text = fs.readFileSync(file, 'utf8');
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
	const lineOf = (pos) => source.getLineAndCharacterOfPosition(pos).line;
	let exported = [];
	const visit = (node, name) => {
		const isFunction =
			ts.isFunctionDeclaration(node) ||
			ts.isArrowFunction(node) ||
			ts.isFunctionExpression(node) ||
			ts.isMethodDeclaration(node);
		if (isFunction && node.body) {
			const lines = lineOf(node.body.end) - lineOf(node.body.getStart(source)) + 1;
			const label = node.name?.getText(source) ?? name ?? '(anonymous)';
			if (lines > MAX_FUNCTION_LINES)
				problems.push(
					`${file}:${lineOf(node.getStart(source)) + 1} ${label} has ${lines} lines (at most ${MAX_FUNCTION_LINES})`
				);
		}
		const childName =
			ts.isVariableDeclaration(node) || ts.isPropertyAssignment(node) ? node.name.getText(source) : name;
		ts.forEachChild(node, (child) => visit(child, childName));
	};
	for (const statement of source.statements) {
		const isExported = ts.getCombinedModifierFlags(statement) & ts.ModifierFlags.Export;
		if (isExported && ts.isFunctionDeclaration(statement)) exported.push(statement.name?.getText(source));
		if (isExported && ts.isVariableStatement(statement)) {
			for (const d of statement.declarationList.declarations) {
				if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)))
					exported.push(d.name.getText(source));
			}
		}
		visit(statement);
	}
	const rel = file.split(path.sep).join('/');
	if (rel.includes('/domains/') && !HELPER_MODULE.test(rel) && exported.length > MAX_EXPORTED_FUNCTIONS) {
		problems.push(
			`${rel} exports ${exported.length} functions (at most ${MAX_EXPORTED_FUNCTIONS} per use case): ${exported.join(', ')}`
		);
	}
}

if (problems.length) {
	console.error(`Structure check: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
console.log('Structure check: every use-case file exports at most 4 functions, no function is over 100 lines.');
