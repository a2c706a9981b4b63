import { DEFAULT_SETTINGS } from '../settings';
import type { Locale } from '$lib/paraglide/runtime';
import type { CheckDefinition, CheckSettings, Localized, Platform, PostInput, TaskKind } from '../types';

interface Options {
	lang?: Locale;
	alts?: string[];
	platform?: Platform;
	task?: TaskKind;
	publicReply?: boolean;
	settings?: Partial<CheckSettings>;
	posts?: PostInput[];
	index?: number;
}

/** Runs one check on one post the way the registry does, for the tests beside each check. */
export function check(definition: CheckDefinition, text: string, options: Options = {}): Localized[] | 'not applicable' {
	const post: PostInput = { text, lang: options.lang ?? 'en', alts: options.alts ?? [] };
	const context = {
		platform: options.platform ?? 'x',
		task: options.task ?? 'compose',
		publicReply: options.publicReply ?? false,
		posts: options.posts ?? [post],
		index: options.index ?? 0,
		settings: { ...DEFAULT_SETTINGS, ...options.settings }
	};
	if (definition.platforms && !definition.platforms.includes(context.platform)) return 'not applicable';
	if (definition.applies && !definition.applies(post, context)) return 'not applicable';
	return definition.run(post, context);
}

export const english = (messages: Localized[] | 'not applicable') => (messages === 'not applicable' ? messages : messages.map((m) => m.en));
export const french = (messages: Localized[] | 'not applicable') => (messages === 'not applicable' ? messages : messages.map((m) => m.fr));
