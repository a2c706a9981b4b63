// Anglicisms, calques and false friends that turn up in French government posts, each with the
// French to use and where the advice comes from. The patterns run on folded text (lower case, no
// accents, apostrophes as spaces: "l’application" → "l application"), are anchored on whole words,
// and are narrow on purpose: « application mobile », « prise en charge », « compléter son dossier »
// and « fermé définitivement » are good French and must not be flagged.
//
// Sources:
// - OQLF: Office québécois de la langue française, Banque de dépannage linguistique (BDL),
//   https://vitrinelinguistique.oqlf.gouv.qc.ca/ (the article named in each entry).
// - Clefs: Translation Bureau, Language Portal of Canada, Clefs du français pratique,
//   https://www.noslangues-ourlanguages.gc.ca/fr/cles-du-francais-pratique
// - Juridictionnaire: Translation Bureau / Centre de traduction et de terminologie juridiques, Juridictionnaire.
// - Termium: Translation Bureau, Termium Plus.
// - Module 5 of the course lists appliquer pour, compléter un formulaire, céduler, en charge de,
//   prendre place, sur une base régulière, faire du sens and être excité de.

export interface Anglicism {
	/** What the trainee wrote, as the message quotes it. */
	wrong: string;
	/** The French to use instead. */
	use: string;
	/** Regular expression source on folded text; no nested quantifiers (every check runs as people type). */
	pattern: string;
	source: string;
}

export const ANGLICISMS: Anglicism[] = [
	{
		wrong: 'éligible',
		use: 'admissible',
		// « Éligible » is about being elected: a sentence about an election or an elected office keeps it.
		pattern: String.raw`\beligib(?:le|les|ilite|ilites)\b(?![^.!?\n]{0,100}\b(?:elu|elue|elus|elues|election|elections|electoral|electorale|scrutin|candidat|candidate|candidats|candidates|mandat|maire|mairesse|depute|deputee|conseiller|conseillere|conseillers|conseilleres|siege)\b)`,
		source: 'OQLF BDL, « éligible »; Clefs du français pratique, « éligible / admissible »'
	},
	{
		wrong: 'appliquer pour',
		use: 'présenter une demande, postuler',
		pattern: String.raw`(?<!\bs )\bappliqu(?:er|ez|e|es|ent|ons|ant|erez|era|eront)\s+(?:pour|sur|en\s+ligne|des\s+maintenant|maintenant|aujourd\s+hui|avant|d\s+ici|a\s+(?:un|une|ce|cet|cette|la|l)\s+(?:emploi|poste|programme|subvention|bourse|concours|stage))\b`,
		source: 'OQLF BDL, « appliquer »; Clefs du français pratique, « appliquer / postuler »'
	},
	{
		wrong: 'application (demande)',
		use: 'demande',
		pattern: String.raw`\b(?:(?:remplir|remplissez|completer|completez|soumettre|soumettez|envoyer|envoyez|deposer|deposez|faire|faites|presenter|presentez|recevoir|traiter)\s+(?:une|votre|vos|l|les|son|sa|leur|leurs|cette)\s+applications?|formulaires?\s+d\s+application|applications?\s+(?:sont|seront|est|sera)\s+(?:acceptees?|recues?|ouvertes?|traitees?)|(?:date\s+limite|periode)\s+(?:des|pour\s+les|d)\s+applications?|votre\s+application\s+(?:en\s+ligne\s+)?(?:pour|avant|d\s+ici))\b`,
		source: 'OQLF BDL, « application »; Termium Plus, « application form : formulaire de demande »'
	},
	{
		wrong: 'en charge de',
		use: 'responsable de, chargé de',
		// « Prendre en charge », « prise en charge » are good French.
		pattern: String.raw`(?<!\b(?:prise|prises|pris|prend|prends|prendre|prenez|prennent|prenons|prendra|prendront|prenait)\s)\ben\s+charge\s+d(?:e|u|es)?\b`,
		source: 'OQLF BDL, « en charge de »; Clefs du français pratique, « en charge de »'
	},
	{
		wrong: 'compléter un formulaire',
		use: 'remplir un formulaire',
		pattern: String.raw`\bcomplet(?:er|ez|e|es|ent|ons|ant)\s+(?:le|les|un|une|votre|vos|ce|cette|ces|l|son|leur)\s+(?:court\s+|bref\s+|nouveau\s+)?(?:formulaires?|questionnaires?|sondages?)\b`,
		source: 'OQLF BDL, « compléter »; Clefs du français pratique, « compléter / remplir »'
	},
	{
		wrong: 'céduler, cédule',
		use: 'planifier, fixer, prévoir; horaire, calendrier',
		pattern: String.raw`\bcedul(?:er|ez|e|es|ee|ees|ent|ons|era|eront)\b`,
		source: 'OQLF BDL, « céduler »; Clefs du français pratique, « cédule / céduler »'
	},
	{
		wrong: 'définitivement (definitely)',
		use: 'certainement, sans aucun doute',
		// « Fermé définitivement » (for good) is right: only the "definitely" sense is caught.
		pattern: String.raw`\b(?:c\s+est|est|sont|sera|seront|vaut|valent|allez|voulez|devez|faut)\s+definitivement\s+(?:un|une|des|le|la|les|a|pas|plus|tres|la\s+peine|utile|important|importante|interessant|interessante|recommande)\b`,
		source: 'OQLF BDL, « définitivement »; Clefs du français pratique, « définitivement »'
	},
	{
		wrong: 'prendre place (take place)',
		use: 'avoir lieu, se tenir',
		pattern: String.raw`\b(?:prendra|prendront|prend|prennent|prenait|prendre|a\s+pris|ont\s+pris|aura\s+pris)\s+place\b(?!\s+(?:a\s+bord|dans\s+la\s+file|sur\s+(?:le|la|les|un|une)\s+(?:siege|sieges|chaise|chaises|banc)))`,
		source: 'OQLF BDL, « prendre place »; Clefs du français pratique, « prendre place »'
	},
	{
		wrong: 'sur une base régulière',
		use: 'régulièrement (quotidiennement, chaque semaine…)',
		pattern: String.raw`\bsur\s+une\s+base\s+(?:reguliere|quotidienne|hebdomadaire|mensuelle|annuelle|volontaire|temporaire|permanente|individuelle|continue|ponctuelle)\b`,
		source: 'OQLF BDL, « sur une base »; Clefs du français pratique, « base (sur une base) »'
	},
	{
		wrong: 'faire du sens',
		use: 'avoir du sens, être logique',
		pattern: String.raw`\b(?:fai(?:re|t|s|sait|saient)|fera|feront|ferait)\s+(?:du\s+|pas\s+|plus\s+)?sens\b`,
		source: 'OQLF BDL, « faire du sens »; Clefs du français pratique, « faire du sens »'
	},
	{
		wrong: 'être excité de',
		use: 'être heureux de, avoir hâte de',
		pattern: String.raw`\b(?:sommes|suis|est|sont|etes|etre)\s+(?:tres\s+|tellement\s+|si\s+)?excit(?:e|ee|es|ees)\s+d`,
		source: 'OQLF BDL, « excité »'
	},
	{
		wrong: 'rencontrer les exigences',
		use: 'satisfaire aux exigences, répondre aux critères',
		pattern: String.raw`\brencontr(?:er|ez|e|es|ent|ons|ant)\s+(?:les|vos|ces|nos|leurs|tous\s+les|toutes\s+les)\s+(?:exigences|criteres|besoins|normes|conditions|objectifs|echeances)\b`,
		source: 'OQLF BDL, « rencontrer »; Clefs du français pratique, « rencontrer »'
	},
	{
		wrong: 'adresser un problème',
		use: 'régler, traiter, s’attaquer à',
		pattern: String.raw`\badress(?:er|ez|e|ent|ons|era|eront)\s+(?:le|la|l|les|un|une|ce|ces|cet|cette|vos|nos)\s+(?:probleme|problemes|enjeu|enjeux|question|questions|preoccupation|preoccupations|defi|defis|penurie|penuries|situation|lacune|lacunes)\b`,
		source: 'OQLF BDL, « adresser »; Clefs du français pratique, « adresser »'
	},
	{
		wrong: 'initier un projet',
		use: 'lancer, amorcer, entreprendre',
		pattern: String.raw`\biniti(?:er|ez|e|ee|es|ees|ent|ons|era|eront)\s+(?:un|une|le|la|les|des|ce|cette)\s+(?:projet|projets|processus|programme|programmes|consultation|consultations|changement|changements|demarche|demarches)\b`,
		source: 'OQLF BDL, « initier »'
	},
	{
		wrong: 'en autant que',
		use: 'pourvu que, dans la mesure où',
		pattern: String.raw`\ben\s+autant\s+que\b`,
		source: 'OQLF BDL, « en autant que »; Clefs du français pratique, « en autant que »'
	},
	{
		wrong: 'à date',
		use: 'à ce jour, jusqu’à maintenant',
		pattern: String.raw`\b(?:jusqu\s+)?a\s+date(?=\s*[,.;!?:]|\s*$)`,
		source: 'OQLF BDL, « à date »; Clefs du français pratique, « à date »'
	},
	{
		wrong: 'canceller',
		use: 'annuler',
		pattern: String.raw`\bcancell?(?:er|ez|e|es|ee|ees|ation)\b`,
		source: 'OQLF BDL, « canceller »'
	},
	{
		wrong: 'mettre l’emphase sur',
		use: 'mettre l’accent sur, souligner',
		pattern: String.raw`\bemphase\s+sur\b`,
		source: 'OQLF BDL, « emphase »; Clefs du français pratique, « emphase »'
	},
	{
		wrong: 'à l’effet que',
		use: 'selon lequel, voulant que',
		pattern: String.raw`\ba\s+l\s+effet\s+que\b`,
		source: 'OQLF BDL, « à l’effet que »; Juridictionnaire, « effet »'
	},
	{
		wrong: 'sauver du temps',
		use: 'gagner du temps, économiser',
		pattern: String.raw`\bsauv(?:er|ez|e|ent|ons|era)\s+(?:du\s+temps|de\s+l\s+argent|temps|argent)\b`,
		source: 'OQLF BDL, « sauver »'
	},
	{
		wrong: 'année académique',
		use: 'année scolaire, année universitaire',
		pattern: String.raw`\bannees?\s+academiques?\b`,
		source: 'OQLF BDL, « académique »; Termium Plus, « academic year »'
	},
	{
		wrong: 'être confortable avec',
		use: 'être à l’aise avec',
		pattern: String.raw`\b(?:etes|est|sont|suis|sommes|etre|soyez)\s+(?:plus\s+)?confortables?\s+avec\b`,
		source: 'OQLF BDL, « confortable »'
	},
	{
		wrong: 'assumer que',
		use: 'supposer, présumer que',
		pattern: String.raw`\bassum(?:er|ez|e|ons|ent)\s+que\b`,
		source: 'OQLF BDL, « assumer »; Clefs du français pratique, « assumer »'
	},
	{
		wrong: 'supporter (soutenir)',
		use: 'soutenir, appuyer, aider',
		// « Supporter la chaleur » (to bear) is French: only support given to people and projects is caught.
		pattern: String.raw`\bsupport(?:er|ez|ons|e|ent|era|eront|ons)\s+(?:les|la|le|nos|vos|des|l|leur|leurs|ces)\s+(?:[a-z]+\s+)?(?:entreprises|familles|communautes|organismes|producteurs|productrices|agriculteurs|agricultrices|travailleurs|travailleuses|etudiants|etudiantes|aines|aines|personnes|municipalites|projets|initiatives|efforts|jeunes|artistes|benevoles)\b`,
		source: 'OQLF BDL, « supporter »; Clefs du français pratique, « supporter »'
	},
	{
		wrong: 'compléter (terminer)',
		use: 'terminer, achever',
		pattern: String.raw`\b(?:travaux|projet|projets|construction|reparations|renovations|refection)(?:\s+[^\s.!?]+){0,4}?\s+(?:seront|sont|sera|est|ont\s+ete|a\s+ete|etaient|etait|devraient\s+etre|doivent\s+etre)\s+(?:[a-z]+\s+)?complet(?:e|es|ee|ees)\b`,
		source: 'OQLF BDL, « compléter »; Clefs du français pratique, « compléter / terminer »'
	},
	{
		wrong: 'faire application',
		use: 'présenter une demande',
		pattern: String.raw`\bfai(?:re|tes|t|s)\s+application\b`,
		source: 'OQLF BDL, « application »'
	}
];
