// Word lists the checks match against, folded (lower case, no accents). Kept short and
// specific: a check that cries wolf teaches people to ignore it.

export const PROFANITY = [
	'fuck',
	'fucks',
	'fucked',
	'fucking',
	'fucker',
	'motherfucker',
	'shit',
	'shits',
	'shitty',
	'bullshit',
	'bitch',
	'bitches',
	'bastard',
	'bastards',
	'asshole',
	'assholes',
	'dickhead',
	'damn',
	'damned',
	'goddamn',
	'crap',
	'crappy',
	'pissed',
	'wtf',
	'stfu',
	'merde',
	'putain',
	'connard',
	'connards',
	'connasse',
	'salaud',
	'salauds',
	'salope',
	'encule',
	'encules',
	'enfoire',
	'enfoires',
	'bordel',
	'foutre',
	'chier',
	'crisse',
	'criss',
	'tabarnak',
	'tabarnac',
	'tabarnaque',
	'calisse',
	'caliss',
	'ostie',
	'osti',
	'hostie',
	'ciboire',
	'sacrament'
];

export const PARTY_NAMES = [
	'progressive conservative',
	'progressive conservatives',
	'pc party',
	'ontario pc',
	'ontario pcs',
	'conservative party',
	'liberal party',
	'ontario liberal',
	'ontario liberals',
	'new democratic party',
	'new democrats',
	'ndp',
	'green party',
	'ontario greens',
	'parti progressiste-conservateur',
	'parti conservateur',
	'parti liberal',
	'liberaux de l ontario',
	'nouveau parti democratique',
	'npd',
	'neo-democrates',
	'parti vert',
	'progressiste-conservateur',
	'progressistes-conservateurs',
	'gouvernement conservateur',
	'gouvernement liberal',
	'gouvernement neo-democrate',
	'conservative government',
	'liberal government',
	'ndp government'
];

/**
 * Words of a campaign. "Vote for" and « votez pour » also invite people into a photo contest: the
 * partisan check lets them pass in a sentence about a contest (CONTEST_WORDS).
 */
export const CAMPAIGN_PHRASES = [
	'vote for',
	'vote against',
	're-elect',
	'reelect',
	'votez pour',
	'votez contre',
	'reelire',
	'reelisez',
	'onpoli',
	'cdnpoli',
	'polon'
];
export const VOTE_PHRASES = ['vote for', 'vote against', 'votez pour', 'votez contre'];
export const CONTEST_WORDS = [
	'photo',
	'photos',
	'picture',
	'pictures',
	'contest',
	'contests',
	'favourite',
	'favourites',
	'favorite',
	'favorites',
	'entry',
	'entries',
	'winner',
	'winners',
	'finalist',
	'finalists',
	'poll',
	'design',
	'designs',
	'name',
	'submission',
	'submissions',
	'concours',
	'prefere',
	'preferee',
	'preferes',
	'preferees',
	'gagnant',
	'gagnante',
	'gagnants',
	'finaliste',
	'finalistes',
	'sondage',
	'nom',
	'dessin',
	'dessins'
];

/**
 * Slogans, self-praise and attacks on opponents or critics. An official post must not be partisan:
 * the Government Advertising Act, 2004 (s. 6) says an item is partisan if it fosters a positive
 * impression of the governing party or a negative impression of a person or entity critical of the
 * government, or carries a party's name or slogans; the OPS social media guidance and the Public
 * Service of Ontario Act, 2006 (Part V, political activity) keep official accounts to the facts of
 * programs, "without defending or attacking them" (module 2). The entries are the governing-party
 * slogans of recent Ontario and federal campaigns ("Promise made, promise kept", "Getting it done",
 * "Plan to protect Ontario") and the self-congratulation the Auditor General's reviews under the Act
 * have named ("historic investment", "record investment"), in both languages. Folded; punctuation
 * between the words of a phrase does not matter.
 */
export const PARTISAN_SLOGANS = [
	'promise made promise kept',
	'promises made promises kept',
	'promesse faite promesse tenue',
	'promesses faites promesses tenues',
	'getting it done',
	'get it done for',
	'on passe a l action',
	'on livre la marchandise',
	'bold leadership',
	'strong leadership',
	'leadership audacieux',
	'leadership fort',
	'our government is delivering',
	'our government delivers',
	'our government is working for you',
	'our government is keeping',
	'our government kept',
	'notre gouvernement livre',
	'notre gouvernement tient',
	'notre gouvernement passe',
	'notre gouvernement travaille pour vous',
	'thanks to our government',
	'grace a notre gouvernement',
	'thanks to the leadership of',
	'under the leadership of premier',
	'grace au leadership',
	'sous la direction du premier ministre',
	'sous le leadership du premier ministre',
	'historic investment',
	'historic investments',
	'record investment',
	'record investments',
	'investissement historique',
	'investissements historiques',
	'investissement record',
	'investissements records',
	'plan to protect ontario',
	'plan pour proteger l ontario',
	'ontario is open for business',
	'l ontario est ouvert aux affaires',
	'best program this government',
	'this government has ever',
	'meilleur programme de ce gouvernement',
	'unlike the previous government',
	'unlike the last government',
	'the previous government',
	'the last government',
	'the former government',
	'the previous liberal government',
	'years of liberal',
	'years of mismanagement',
	'decades of neglect',
	'the mess left by',
	'the mess the last',
	'contrairement au gouvernement precedent',
	'contrairement a l ancien gouvernement',
	'le gouvernement precedent',
	'l ancien gouvernement',
	'des annees de mauvaise gestion',
	'le gachis laisse',
	'the critics have no idea',
	'critics have no idea',
	'the opposition wants',
	'the opposition would',
	'les critiques ne savent pas',
	'l opposition veut'
];

/** Leaders' names: "the Ford government" names a party's leader where "the Ontario government" does not. */
export const LEADER_NAMES = ['ford', 'wynne', 'mcguinty', 'harris', 'crombie', 'stiles', 'schreiner', 'horwath', 'del duca', 'trudeau', 'carney', 'poilievre'];

export const URL_SHORTENERS = [
	'bit.ly',
	'tinyurl.com',
	'ow.ly',
	't.co',
	'goo.gl',
	'buff.ly',
	'is.gd',
	'rb.gy',
	'shorturl.at',
	'tiny.cc',
	'cutt.ly',
	'rebrand.ly',
	'lnkd.in',
	'fb.me',
	't.ly',
	'bl.ink'
];

/**
 * Throat-clearing openers (opening_filler, advice): the words before the news. The organization's
 * pleasure ("we are pleased to announce", « nous sommes heureux d'annoncer ») is bureaucratic_opener's,
 * a warning, so a post gets one message for it, not two.
 */
export const OPENING_FILLER = [
	'did you know',
	'saviez-vous que',
	'saviez-vous qu',
	'le saviez-vous',
	'we would like to remind',
	'we d like to remind',
	'we want to remind',
	'we wanted to let you know',
	'we would like to inform',
	'just a reminder that',
	'a friendly reminder that',
	'please be advised that',
	'please note that',
	'as you may know',
	'as you may be aware',
	'as many of you know',
	'this is to inform',
	'nous aimerions vous rappeler',
	'nous tenons a vous rappeler',
	'nous desirons vous informer',
	'nous aimerions vous informer',
	'nous voulons vous rappeler',
	'petit rappel',
	'veuillez noter que',
	'veuillez prendre note que',
	'prenez note que',
	'comme vous le savez',
	'il est a noter que'
];

/** Everyday words of government posts, to tell #ontariojobs (two words) from #vaccination (one). */
export const HASHTAG_WORDS = new Set(
	`ontario on jobs job health sante covid flu grippe vaccine vaccines vaccin vaccins vaccination school schools ecole ecoles
	education road roads safety safe securite routiere park parks parc parcs fire fires feux foret forest forests wildfire wildfires
	week day days month semaine jour mois season saison summer ete winter hiver spring fall autumn automne printemps travel transit
	traffic emploi emplois work workers travail travailleurs skills competences trades metiers business entreprise entreprises
	small petite petites local news nouvelles alert alerte alerts emergency urgence weather meteo storm tempete water eau clean
	energy energie power climate climat green vert verte environment environnement nature wildlife faune fish fishing peche hunting
	chasse farm farms ferme fermes food alimentation agriculture grown buy achetez support soutien help aide care soins mental
	wellness kids children enfants family families famille familles youth jeunes seniors aines women femmes indigenous
	autochtones francophone franco french francais english month history histoire heritage patrimoine pride fierte black
	accessibility accessibilite access acces disability handicap service services government gouvernement public province
	canada toronto ottawa north nord northern south sud east west ouest city ville community communaute communities housing
	logement home homes maison build building infrastructure highway highways autoroute bridge pont drive driving conduite
	distracted impaired speed vitesse election library bibliotheque learn learning apprendre read reading lecture math science
	tech technology digital numerique data donnees cyber online ligne open ouvert ouverte free gratuit gratuite get your votre
	our notre the les for pour with avec now today new nouveau nouvelle stay restez prepared ready pret keep wash hands mains
	mask masque test testing shot shots booster immunization immunisation clinic clinics clinique cliniques hospital hospitals
	hopital hopitaux doctor doctors medecin medecins nurse nurses infirmiere infirmieres pharmacy pharmacie drug drugs opioid
	opioids overdose surdose awareness sensibilisation prevention cancer heart coeur stroke smoke smoking tabac vaping alcohol
	alcool cannabis sun soleil heat chaleur cold froid snow neige ice glace flood floods inondation inondations check plan
	ahead know more plus info tips conseils fact facts faits myth myths mythe mythes truth fake scam scams arnaque arnaques fraud
	fraude protect protection privacy apply grant grants subvention subventions fund funding financement program programme
	programs tax taxes impot impots benefits prestations pay wage wages salaire minimum workplace labour labor career careers
	carriere student students etudiants teacher teachers enseignants child care garde services summer camp camps
	trail trails sentier sentiers closed closure closures ferme fermeture open reopen lake lakes lac river rivers beach beaches plage
	camping campground road closed detour winter tires pneus hiver storm storms blizzard wind vent rain pluie`.split(/\s+/)
);
