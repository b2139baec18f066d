// The small list of names and words that core's name finder knows by itself. A larger list comes
// from the `@kinderwerk/names` package, passed as `scanPersonalData(text, { names })`.

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Common first names of children and parents in Dutch neighbourhoods: Dutch, Moroccan, Turkish,
 * Surinamese (Creole and Hindustani), Antillean, Polish, Syrian and Eritrean, in lower case.
 * Compiled by hand; see packages/names/README.md for the sources of the larger list.
 */
export const BUILT_IN_FIRST_NAMES = words(`
  anna emma sara sarah julia lotte sophie tess fenna lieke isa noa mila nina eva zoë zoe liv lisa
  sanne anouk femke marloes ingrid petra monique ilse karin gerda jannie riet tineke marlies iris
  roos fleur jade sterre saar maud evi floor nora olivia yara lina hanna hannah maja demi kayleigh
  jasmijn noor ela naomi sofia
  daan sem noah liam lucas levi finn luuk milan jesse thijs ruben bram tim tijn lars hugo guus sven
  mees siem boaz jip dex stijn wout thijmen teun mats gijs timo jurre robin thomas kevin dylan
  willem maarten pieter kees hans rik bart joost erik jan dennis patrick marco roy mark bas storm
  mohammed mohamed mo ayoub imane bilal soufiane soufian aya hamza khadija nour meryem fatima
  rayan youssef anass ilias ilyas souhaila adam sami abdel yassin nadia chaimae salma ikram naima
  amine amir ouassima karim imran soraya mustafa inaya aaliyah rachid djamila jamal amal aziz
  ibrahim yasmina omar ahmed hamid samira mariam yusra zainab hiba
  zeynep kerem mehmet yusuf elif ecem emre hüseyin burak ayşe ayse defne can zehra berk tugba
  tuğba ömer omer furkan melisa ahmet semih hatice fatma emir dilan serkan esra
  shanice jerrel shaquille gianni xavier jayden jaylano jayvano chivano quincy kenji rodney ryan
  romano sharona jamila priscilla giovanni richenel ruthmilo gabriela shanaya damiën damien
  roshni ravi dewi sharmila anjali nisha
  wiktoria kacper zuzanna mateusz oliwia szymon agnieszka tomasz ewa
  ahmad rania mahmoud dunya
  selam yonas filmon tesfay tesfalem helen senait daniel saba rahel mehari kidane
`);

/** Surnames that the small list knows, in lower case, without their tussenvoegsel. */
export const BUILT_IN_SURNAMES = words(`
  jansen janssen de vries bakker visser smit smits meijer mulder bos vos peters hendriks dijk
  boer graaf jong wit beek broek linden heijden meer berg schouten horst verhoeven
  amrani bouzid benali idrissi khatib ouali
  yılmaz yilmaz kaya demir öztürk ozturk yıldız yildiz çelik celik şahin sahin
  kross martina leeflang pinas doest ramdin
  nowak kowalska kowalski wiśniewski wisniewski
  khalil hassan tekle ghebremedhin
`);

/** Names that are also ordinary Dutch words: in lower case alone they are taken for the word. */
export const BUILT_IN_COMMON_WORDS = words(`
  roos fleur iris jade storm bas mark mees noor hoop roel bo dirk
`);

/** Words before a name that say whose it is: kinship, care and school roles. */
export const KINSHIP_WORDS = words(`
  moeder vader mama papa ma pa oma opa broer broertje zus zusje zuster tante oom neef nicht nichtje
  stiefvader stiefmoeder pleegmoeder pleegvader pleegouder vriend vriendin buurvrouw buurman
  juf juffrouw meester mentor voogd tweeling dochter zoon kind baby
  mw mw. mevr mevr. mevrouw dhr dhr. meneer heer fam fam. familie
`);

/** Titles after which a surname alone is a name (`mw. El Khatib`, `dhr. de Graaf`). */
export const TITLE_WORDS = words("mw mevr mevrouw dhr meneer heer fam familie");

/** Particles between the parts of a name: tussenvoegsels, and Arabic and other prefixes. */
export const NAME_PARTICLES = words("van de der den het t 't ter ten te in op el al ben bin abu ibn da di du dos le la von");

/**
 * Words with a capital that are never a person's name in these notes: days, months, feasts,
 * organisations, places and the names of activities. Lower case.
 */
export const NOT_NAMES = words(`
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo
  januari februari maart april mei juni juli augustus september oktober november december
  jan feb mrt apr jun jul aug sep sept okt nov dec
  sinterklaas sint kerst kerstmis pasen pinksteren koningsdag ramadan suikerfeest offerfeest
  divali diwali halloween keti koti nieuwjaar vaderdag moederdag carnaval hemelvaart
  cjg ggd veilig thuis jeugdfonds leergeld humanitas vluchtelingenwerk kinderbescherming raad
  wijkteam voedselbank jumbo efteling stichting gemeente school basisschool azc
  tilburg breda oisterwijk rotterdam amsterdam utrecht eindhoven den haag reeshof noord oost zuid
  west groenewoud marokko turkije polen syrië syrie eritrea suriname curaçao curacao bonaire
  aleppo nederland belgië belgie aruba
  sport spel meidenclub jongensclub kookclub kidsclub huiswerkklas zwemles dansles kunstkracht
  vandaag moeder vader juf meester oma opa
`);
