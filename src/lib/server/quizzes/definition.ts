import { parseYamlFile } from '../content/frontmatter';
import type { CourseModule } from '../content/types';
import { parseQuizData, type Quiz } from './schema';

/** By source text: parsed once per version of the file. */
const parsed = new Map<string, Quiz>();

/**
 * The module's quiz, or null when it has none. The catalog serves only courses whose quiz.yaml
 * passed validation, so a failure here is a bug, not an author's mistake.
 */
export function quizOf(module: CourseModule): Quiz | null {
	if (module.quizSource === null) return null;
	const cached = parsed.get(module.quizSource);
	if (cached) return cached;
	const result = parseQuizData(parseYamlFile(module.quizSource).data);
	if (!result.quiz) throw new Error(`${module.dir}/quiz.yaml is invalid: ${result.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
	parsed.set(module.quizSource, result.quiz);
	return result.quiz;
}
