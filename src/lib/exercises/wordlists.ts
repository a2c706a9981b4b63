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
	'parti vert'
];

export const CAMPAIGN_PHRASES = ['vote for', 'vote against', 're-elect', 'reelect', 'votez pour', 'votez contre', 'reelire', 'reelisez'];

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

export const OPENING_FILLER = [
	'we are pleased to announce',
	'we are happy to announce',
	"we're pleased to",
	"we're happy to",
	'we are excited to',
	"we're excited to",
	'we are proud to',
	"we're proud to",
	'it is our pleasure',
	'did you know',
	'nous sommes heureux d annoncer',
	'nous sommes heureuses d annoncer',
	'nous sommes heureux de',
	'nous sommes fiers de',
	'nous sommes fieres de',
	'c est avec plaisir que',
	'saviez-vous que'
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

/**
 * Street types of Canadian addresses, as Canada Post's addressing guidelines list them (full word and
 * the symbol it accepts), for public_reply_address: "14 Birch Cres.", "777 Bay St.".
 */
export const STREET_TYPES_EN = [
	'street',
	'st',
	'avenue',
	'ave',
	'road',
	'rd',
	'drive',
	'dr',
	'boulevard',
	'blvd',
	'crescent',
	'cres',
	'court',
	'crt',
	'ct',
	'lane',
	'ln',
	'way',
	'place',
	'pl',
	'terrace',
	'terr',
	'trail',
	'trl',
	'parkway',
	'pky',
	'pkwy',
	'circle',
	'cir',
	'square',
	'sq',
	'grove',
	'heights',
	'hts',
	'sideroad',
	'concession',
	'gardens',
	'gdns'
];

/** French street types (Canada Post: « 123, rue Principale »), folded. */
export const STREET_TYPES_FR = [
	'rue',
	'avenue',
	'av',
	'boulevard',
	'boul',
	'bd',
	'chemin',
	'ch',
	'croissant',
	'crois',
	'place',
	'promenade',
	'prom',
	'route',
	'rang',
	'allee',
	'impasse',
	'cour',
	'terrasse',
	'sentier',
	'montee',
	'cote',
	'ruelle',
	'voie',
	'carre',
	'concession'
];

/** Words that name a public office before its address: "the ServiceOntario centre at 777 Bay St.", folded. */
export const OFFICIAL_PLACE_WORDS = [
	'serviceontario',
	'service ontario',
	'centre',
	'center',
	'centres',
	'office',
	'offices',
	'ministry',
	'headquarters',
	'clinic',
	'hospital',
	'courthouse',
	'court house',
	'library',
	'legislature',
	'legislative',
	'drivetest',
	'park office',
	'visitor centre',
	'bureau',
	'bureaux',
	'ministere',
	'clinique',
	'hopital',
	'palais de justice',
	'bibliotheque',
	'assemblee legislative',
	'siege social'
];

/** Labels of numbers that are not a person's identifiers: "order 1002003001", "invoice 046454286", folded. */
export const NOT_PERSONAL_NUMBER_LABELS = [
	'order',
	'invoice',
	'confirmation',
	'reference',
	'ref',
	'tracking',
	'receipt',
	'transaction',
	'booking',
	'reservation',
	'catalogue',
	'catalog',
	'isbn',
	'bill',
	'program',
	'project',
	'tender',
	'commande',
	'facture',
	'suivi',
	'recu',
	'programme',
	'projet',
	'projet de loi',
	'appel d offres'
];
