import { expectNoA11yViolations } from './axe';
import { expect, test } from './fixtures';

// A francophone trainee writes the exercises in French. trainee44 (Cohort 1, prefers French) writes the
// bootcamp's first exercise; trainee04 (prefers French, in the fixture cohorts) runs the fixture course's
// drill. No other browser test works as either of them on these exercises. The two tests share no state.
const NBSP = '\u00a0';
const WELCOME = '/fr/courses/social-media-bootcamp/welcome/exercise';
const DRILL = '/fr/courses/fixture-course/drill/exercise';

const french =
	`Attention, fraude${NBSP}: un faux compte se fait passer pour nous. Nous ne demandons jamais vos données bancaires ni de paiement par message. ` +
	`Notre seul compte est @ONlicensing, avec le badge vérifié. Ne répondez pas au faux compte et signalez-le. ` +
	`Vous avez donné vos données bancaires? Appelez votre banque. Détails${NBSP}: ontario.ca/eviterfraudes`;
const alt = 'Notre vrai avatar, un trille blanc net avec le badge de vérification bleu, à côté de la copie floue du faux compte, sans badge.';

test('a francophone reads the brief in French, writes the post in French, and the checks judge it in French', async ({ newPage }) => {
	test.setTimeout(90_000);
	const page = await newPage({ as: 'trainee44@demo.test' });
	await page.goto(WELCOME);
	await expect(page.locator('.bc-brief')).toContainText('Un compte qui se fait passer pour le ministère');
	const language = page.getByRole('region', { name: 'Langue de rédaction' });
	await expect(language).toContainText('Vous rédigez cette publication en français.');
	await expectNoA11yViolations(page);

	const post = page.getByLabel('Votre publication');
	const report = page.getByRole('region', { name: 'Vérifications' });
	// A check only a French post meets: the anglicism « éligible ».
	await post.fill(`Attention, fraude${NBSP}: un faux compte offre des remboursements. Vous n’êtes pas éligible à ce remboursement. ontario.ca/eviterfraudes`);
	await expect(report.locator('[data-check="anglicisms"]')).toContainText('admissible');

	// Switching language keeps the text; the checks then judge it as English, and switching back returns to French.
	await language.getByRole('button', { name: 'La rédiger plutôt en anglais' }).click();
	await expect(language).toContainText('Vous rédigez cette publication en anglais.');
	await expect(post).toHaveValue(/Vous n’êtes pas éligible/);
	await expect(report.locator('[data-check="anglicisms"]')).toHaveCount(0);
	await expect(report.locator('[data-check="language_match"]')).toBeVisible();
	await language.getByRole('button', { name: 'La rédiger plutôt en français' }).click();
	await expect(language).toContainText('Vous rédigez cette publication en français.');

	await post.fill(french);
	await page.getByLabel('Texte de remplacement de l’image 1').fill(alt);
	await expect(report.locator('[data-check="anglicisms"]')).toHaveCount(0);
	await expect(report.locator('.bc-report__item--error')).toHaveCount(0);
	await page.getByRole('button', { name: 'Soumettre pour évaluation' }).click();
	await expect(page.getByText('Soumis pour évaluation (version 1).')).toBeVisible();
	await expect(page.locator('.bc-submission-language').first()).toHaveText('Rédigée en français');
	await expectNoA11yViolations(page);
});

test('the drill runs in French for a francophone, and one message arrives in English', async ({ newPage }) => {
	const page = await newPage({ as: 'trainee04@demo.test' });
	await page.goto(DRILL);
	await expect(page.getByRole('region', { name: 'Langue de rédaction' })).toContainText('Vous rédigez cette publication en français.');
	await page.getByRole('button', { name: 'Commencer l’exercice' }).click();

	const commuter = page.locator('[data-inject="commuter"]');
	await expect(commuter).toContainText('L’autoroute 11 est-elle fermée au nord d’Orillia?');
	await expect(commuter.locator('blockquote')).toHaveAttribute('lang', 'fr');
	const driver = page.locator('[data-inject="stuck-driver"]');
	await expect(driver).toContainText('My truck is stuck at the closure near Gravenhurst.', { timeout: 15_000 });
	await expect(driver.locator('blockquote')).toHaveAttribute('lang', 'en');
	await expectNoA11yViolations(page);

	// The answer stays in French, and is checked as French.
	await commuter
		.getByLabel('Votre réponse publique')
		.fill(`Oui${NBSP}: l’autoroute 11 est fermée dans les deux sens entre Orillia et Gravenhurst. Consultez ontario.ca/511 pour les mises à jour.`);
	await expect(commuter.locator('.bc-report__item--error')).toHaveCount(0);
	await commuter.getByRole('button', { name: /Envoyer/ }).click();
	await expect(commuter).toContainText(/Réponse en /);
});
