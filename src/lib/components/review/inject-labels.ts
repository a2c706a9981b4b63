import { m } from '$lib/paraglide/messages';
import type { TimelineEntry } from '$lib/exercises/views';
import { formatMinutes } from '$lib/format';

export const injectKindLabel = (kind: TimelineEntry['kind']) =>
	({ comment: m.drill_kind_comment, direct_message: m.drill_kind_direct_message, news: m.drill_kind_news, misinformation: m.drill_kind_misinformation })[
		kind
	]();

export const respondLabel = (respond: TimelineEntry['respond']) =>
	({ public_reply: m.drill_respond_public_reply, private_message: m.drill_respond_private_message, post: m.drill_respond_post })[respond]();

/** "At the start", "At 2 min": when an inject arrives, in drill time. */
export const arrivalLabel = (atMinutes: number) => (atMinutes === 0 ? m.drill_at_start() : m.drill_at({ time: formatMinutes(atMinutes) }));
