import { beforeNavigate, goto } from '$app/navigation';
import { onMount } from 'svelte';
import { m } from '$lib/paraglide/messages';
import type { Autosave } from './autosave.svelte';

// Every draft on the page (a drill has one per answer), so that leaving waits for all of them once.
const open = new Set<Autosave>();
let leaving: Promise<void> | null = null;
/** The address a navigation the guard itself started goes to: every guard lets it pass. */
let letThrough: string | null = null;

const unsaved = () => [...open].filter((autosave) => autosave.unsaved);

/**
 * Keeps the last edit when the trainee leaves the page before the autosave's pause is over.
 * Within the app, the navigation waits for the draft to reach the server, then goes on; when it
 * cannot be saved (no connection, a refusal), the trainee is asked before leaving. Closing the tab
 * or following a link out sends the draft with `keepalive`, and the browser asks first only when
 * the last save failed (the text is still kept in this browser for the next visit).
 * Call during a component's initialisation.
 */
export function guardLeaving(autosave: Autosave): void {
	onMount(() => {
		open.add(autosave);
		const beforeUnload = (event: BeforeUnloadEvent) => {
			if (!autosave.unsaved) return;
			if (autosave.status === 'offline' || autosave.status === 'refused') {
				event.preventDefault();
				return;
			}
			void autosave.flush(true);
		};
		window.addEventListener('beforeunload', beforeUnload);
		return () => {
			open.delete(autosave);
			window.removeEventListener('beforeunload', beforeUnload);
		};
	});

	beforeNavigate((navigation) => {
		// A page unload (tab closed, link out, reload) is the beforeunload handler's; a form
		// submission carries its own text.
		if (navigation.willUnload || navigation.type === 'form' || !navigation.to) return;
		if (letThrough === navigation.to.url.href) return;
		const pending = unsaved();
		if (pending.length === 0) return;
		navigation.cancel();
		if (leaving) return;
		const target = navigation.to.url;
		const delta = navigation.type === 'popstate' ? navigation.delta : undefined;
		leaving = Promise.all(pending.map((a) => a.flush())).then(async () => {
			leaving = null;
			if (unsaved().length > 0 && !window.confirm(m.autosave_leave_unsaved())) return;
			letThrough = target.href;
			if (delta) {
				history.go(delta);
				setTimeout(() => (letThrough = null), 1000);
			} else {
				await goto(target).finally(() => (letThrough = null));
			}
		});
	});
}
