import { containsPhrase } from '../../exercises/text';
import type { CheckResult, PostInput } from '../../exercises/types';
import type { HiddenCheck } from './scenario';

const SCENARIO_GUIDANCE = { en: 'this exercise’s scenario', fr: 'le scénario de cet exercice' };
const TITLE = { en: 'The scenario’s own check', fr: 'Vérification propre au scénario' };

/**
 * A scenario's own checks ("mentions the health card"), run only on the server at submission so
 * the expected answer never reaches the browser. Reported like the registry's, marked hidden.
 */
export function runHiddenChecks(checks: HiddenCheck[], posts: PostInput[]): CheckResult[] {
	const results: CheckResult[] = [];
	posts.forEach((post, index) => {
		for (const check of checks) {
			if (check.posts !== 'all' && check.posts !== post.lang) continue;
			const text = [post.text, ...post.alts].join('\n');
			const missing = check.mustIncludeAny.length > 0 && !check.mustIncludeAny.some((phrase) => containsPhrase(text, phrase));
			const forbidden = check.mustNotInclude.some((phrase) => containsPhrase(text, phrase));
			const passed = !missing && !forbidden;
			results.push({
				check: `scenario:${check.id}`,
				title: TITLE,
				severity: check.severity,
				post: index,
				passed,
				messages: passed ? [] : [check.message],
				guidance: SCENARIO_GUIDANCE,
				hidden: true
			});
		}
	});
	return results;
}
