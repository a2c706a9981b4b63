// Words government posts use that the Hunspell dictionaries lack, checked against them (each is
// missing from dictionary-en-ca 3.0.0 or dictionary-fr 3.0.0). English: Canada.ca and ontario.ca usage
// (first responders, naloxone kits, telehealth, frontline workers). French: the OQLF's Grand dictionnaire
// terminologique (texter, égoportrait) and Termium Plus (microcertification, naloxone).
const FRENCH_ER_ENDINGS = ['er', 'e', 'es', 'ons', 'ez', 'ent', 'é', 'ée', 'és', 'ées', 'ais', 'ait', 'aient', 'erai', 'era', 'erez', 'eront', 'ant'];
const conjugate = (stem: string) => FRENCH_ER_ENDINGS.map((ending) => stem + ending);

export const SUPPLEMENT: Record<'en' | 'fr', ReadonlySet<string>> = {
	en: new Set([
		'responder',
		'responders',
		'naloxone',
		'telehealth',
		'cyberbullying',
		'livestream',
		'livestreams',
		'livestreamed',
		'livestreaming',
		'wildland',
		'wildlands',
		'hairstyling',
		'rideshare',
		'microcredential',
		'microcredentials',
		'reskilling',
		'upskilling',
		'frontline',
		'kayaker',
		'kayakers'
	]),
	fr: new Set(['naloxone', 'microcertification', 'microcertifications', 'égoportrait', 'égoportraits', ...conjugate('text')])
};
