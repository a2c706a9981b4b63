import type { SideFileValidator } from './load';
import { validateQuizFile } from '../quizzes/schema';
import { validateExerciseFile } from '../exercises/scenario';

/**
 * Validators for the files beside a lesson that other domains own. The quizzes and
 * exercises domains register theirs here, so `courses:check` and the server check alike.
 */
export const sideFileValidators: Record<string, SideFileValidator> = {};

sideFileValidators['quiz.yaml'] = validateQuizFile;
sideFileValidators['exercise.yaml'] = validateExerciseFile;
