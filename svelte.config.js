import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

const CONTENT_IMPORT = "<script>\n\timport { Callout, ExamplePost, Figure, KeyTerm, Setting, Video } from '$lib/components/content';\n</script>\n";

/** Lets lesson authors use the content components without importing them (courses/README.md). */
const contentComponents = {
	name: 'content-components',
	markup({ content, filename }) {
		if (!filename?.endsWith('.md') || !/[\\/]courses[\\/]/.test(filename) || content.includes('$lib/components/content')) return;
		const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(content);
		const at = frontmatter ? frontmatter[0].length : 0;
		return { code: content.slice(0, at) + CONTENT_IMPORT + content.slice(at) };
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [contentComponents, vitePreprocess(), mdsvex({ extensions: ['.md'] })],
	onwarn(warning, handler) {
		// mdsvex emits `<script context="module">`, which Svelte 5 still accepts.
		if (warning.code === 'script_context_deprecated') return;
		handler(warning);
	},
	kit: {
		adapter: adapter(),
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
