// The framework's ceiling for `npm run bench`: the smallest SvelteKit app with a server `load`,
// built with the same adapter, SvelteKit and Svelte as Bootcamp (this repository's node_modules).
import adapter from '@sveltejs/adapter-node';

export default { kit: { adapter: adapter() } };
