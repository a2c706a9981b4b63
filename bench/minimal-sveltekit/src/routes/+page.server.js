/** Twenty items, as a page with a little data from its server would return. */
export const load = () => ({
	items: Array.from({ length: 20 }, (_, i) => ({ id: i + 1, title: `Item ${i + 1}`, done: i % 3 === 0 }))
});
