// The components a lesson can use without importing them (see courses/README.md).
export { default as Callout } from './Callout.svelte';
export { default as ExamplePost } from './ExamplePost.svelte';
export { default as Figure } from './Figure.svelte';
export { default as KeyTerm } from './KeyTerm.svelte';
export { default as Setting } from './Setting.svelte';
export { default as Video } from './Video.svelte';
