// Prettier, set to the style the code was already written in: tabs, single quotes, semicolons,
// no trailing commas. 160 columns is the width the code keeps to (99 % of its lines fit, the
// longest being SQL-like query chains and long messages); a narrower width would rewrite
// thousands of lines the authors deliberately kept on one line.
/** @type {import('prettier').Config} */
export default {
	useTabs: true,
	singleQuote: true,
	trailingComma: 'none',
	printWidth: 160,
	plugins: ['prettier-plugin-svelte'],
	overrides: [{ files: '*.svelte', options: { parser: 'svelte' } }]
};
