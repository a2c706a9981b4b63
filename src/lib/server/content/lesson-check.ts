import { PLATFORMS } from '../../posts/platforms';

export const CALLOUT_TYPES = ['tip', 'warning', 'policy'] as const;

export interface LessonProblem {
	field: string;
	message: string;
}

/** `<Name a="1" b='2' c>` → { a: '1', b: '2', c: '' } for every use of a component in a lesson. */
function uses(body: string, name: string): { attributes: Record<string, string>; line: number }[] {
	const found: { attributes: Record<string, string>; line: number }[] = [];
	const tag = new RegExp(`<${name}(\\s[^>]*?)?\\/?>`, 'g');
	for (const match of body.matchAll(tag)) {
		const attributes: Record<string, string> = {};
		for (const attr of (match[1] ?? '').matchAll(/([a-zA-Z_:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g)) {
			attributes[attr[1]] = attr[2] ?? attr[3] ?? attr[4] ?? '';
		}
		found.push({ attributes, line: body.slice(0, match.index).split('\n').length });
	}
	return found;
}

const isRemote = (src: string) => /^[a-z]+:/i.test(src) || src.startsWith('//');

/**
 * What a lesson's body must get right for every reader: images with alt text, videos with
 * captions, files that exist, components used with values they accept. `firstLine` is the
 * file line the body starts on, so problems name the line an author sees in their editor.
 */
export function checkLessonBody(
	body: string,
	fileExists: (relative: string) => boolean,
	firstLine = 1,
	settingNames: Set<string> = new Set()
): LessonProblem[] {
	const problems: LessonProblem[] = [];
	const at = (what: string, line: number) => `${what} (line ${line + firstLine - 1})`;
	const needFile = (src: string | undefined, what: string, line: number) => {
		if (!src) problems.push({ field: at(what, line), message: 'needs a src' });
		else if (isRemote(src)) problems.push({ field: at(what, line), message: `"${src}" is on another site: keep files beside the lesson` });
		else if (!fileExists(src)) problems.push({ field: at(what, line), message: `"${src}" does not exist beside the lesson` });
	};

	for (const { attributes, line } of uses(body, 'Figure')) {
		needFile(attributes.src, 'Figure src', line);
		if (!attributes.alt?.trim()) problems.push({ field: at('Figure alt', line), message: 'an image needs alt text that says what it shows' });
	}
	for (const match of body.matchAll(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g)) {
		const line = body.slice(0, match.index).split('\n').length;
		needFile(match[2], 'image', line);
		if (!match[1].trim()) problems.push({ field: at('image alt', line), message: 'an image needs alt text: ![what it shows](file)' });
	}
	for (const { attributes, line } of uses(body, 'img')) {
		if (!attributes.alt?.trim()) problems.push({ field: at('img alt', line), message: 'an image needs alt text that says what it shows' });
	}
	for (const { attributes, line } of uses(body, 'Video')) {
		needFile(attributes.src, 'Video src', line);
		if (!attributes.captions) problems.push({ field: at('Video captions', line), message: 'a video needs a captions track (a .vtt file)' });
		else needFile(attributes.captions, 'Video captions', line);
		if (!attributes.title?.trim()) problems.push({ field: at('Video title', line), message: 'a video needs a title' });
	}
	for (const { attributes, line } of uses(body, 'Callout')) {
		if (!(CALLOUT_TYPES as readonly string[]).includes(attributes.type ?? '')) {
			problems.push({ field: at('Callout type', line), message: `must be one of ${CALLOUT_TYPES.join(', ')}` });
		}
	}
	for (const { attributes, line } of uses(body, 'ExamplePost')) {
		if (!(PLATFORMS as readonly string[]).includes(attributes.platform ?? '')) {
			problems.push({ field: at('ExamplePost platform', line), message: `must be one of ${PLATFORMS.join(', ')}` });
		}
		if (!attributes.text?.trim()) problems.push({ field: at('ExamplePost text', line), message: 'needs the text of the post' });
		if (attributes.image && !attributes.alt?.trim()) problems.push({ field: at('ExamplePost alt', line), message: 'an image needs alt text' });
		if (attributes.image) needFile(attributes.image, 'ExamplePost image', line);
		if (attributes.lang && !['en', 'fr'].includes(attributes.lang)) problems.push({ field: at('ExamplePost lang', line), message: 'must be en or fr' });
	}
	for (const { attributes, line } of uses(body, 'Setting')) {
		if (!settingNames.has(attributes.name ?? '')) {
			const known = [...settingNames].join(', ') || 'none';
			problems.push({ field: at('Setting name', line), message: `"${attributes.name ?? ''}" is not a setting of this course (course.md settings: ${known})` });
		}
	}
	for (const { attributes, line } of uses(body, 'KeyTerm')) {
		if (!attributes.term?.trim()) problems.push({ field: at('KeyTerm term', line), message: 'needs the term being defined' });
	}
	return problems;
}
