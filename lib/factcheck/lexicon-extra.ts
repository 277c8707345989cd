// More words a clearance reader knows on sight, kept apart from lexicon.ts so each list stays readable: given names
// (a lone first name is nearly always an invented person), well-known titles, institutions, historical events, and
// famous places and organisations that scripts name in capitals or abbreviations.

const set = (s: string) => new Set(s.split(/\s*,\s*/).filter(Boolean));

/**
 * Common English given names. A lone given name without a surname ("Billy", "Judith", "Toby") is nearly always an
 * invented person; a real one is written with a surname or a title at least once, and that phrase is proposed.
 */
export const GIVEN_NAMES = set(
  'Aaron,Abby,Abigail,Adam,Adrian,Agnes,Al,Alan,Albert,Alex,Alexander,Alexandra,Alfred,Alice,Alicia,Allison,Amanda,' +
    'Amber,Amy,Andrea,Andrew,Andy,Angela,Angie,Ann,Anna,Anne,Annie,Anthony,Antonio,April,Arthur,Ashley,Audrey,Austin,' +
    'Barbara,Barry,Beatrice,Becky,Ben,Benjamin,Bernard,Beth,Betty,Beverly,Bill,Billy,Bob,Bobby,Bonnie,Brad,Bradley,' +
    'Brandon,Brenda,Brian,Bridget,Brittany,Bruce,Bryan,Carl,Carla,Carol,Caroline,Carolyn,Catherine,Cathy,Charles,' +
    'Charlie,Charlotte,Chloe,Chris,Christian,Christina,Christine,Christopher,Chuck,Cindy,Claire,Clara,Colin,Connie,' +
    'Craig,Crystal,Cynthia,Dan,Daniel,Danny,Darren,Dave,David,Dawn,Dean,Debbie,Deborah,Debra,Denise,Dennis,Derek,' +
    'Diana,Diane,Dolly,Dominic,Don,Donald,Donna,Doris,Dorothy,Doug,Douglas,Drew,Dylan,Ed,Eddie,Edgar,Edith,Edward,' +
    'Eileen,Elaine,Eleanor,Eli,Elizabeth,Ella,Ellen,Emily,Emma,Eric,Erica,Erin,Esther,Ethan,Eugene,Eva,Evan,Eve,' +
    'Evelyn,Frances,Francis,Frank,Fred,Freddie,Frederick,Gary,Gavin,Gene,George,Georgia,Gerald,Gina,Gloria,Grace,' +
    'Graham,Greg,Gregory,Hannah,Harold,Harriet,Harry,Heather,Helen,Henry,Herbert,Holly,Howard,Hugh,Ian,Irene,Isaac,' +
    'Isabel,Isabella,Jack,Jackie,Jacob,Jake,James,Jamie,Jane,Janet,Janice,Jason,Jean,Jeff,Jeffrey,Jen,Jenna,Jennifer,' +
    'Jenny,Jeremy,Jerry,Jess,Jesse,Jessica,Jill,Jim,Jimmy,Jo,Joan,Joanna,Joe,Joel,Joey,John,Johnny,Jon,Jonathan,' +
    'Jordan,Joseph,Josh,Joshua,Joy,Joyce,Juan,Judith,Judy,Julia,Julian,Julie,Justin,Karen,Kate,Katherine,Kathleen,' +
    'Kathy,Katie,Kay,Keith,Kelly,Ken,Kenneth,Kevin,Kim,Kimberly,Kyle,Larry,Laura,Lauren,Lee,Leo,Leonard,Leslie,Liam,' +
    'Lily,Linda,Lisa,Liz,Lois,Lora,Lori,Louis,Louise,Lucy,Luke,Lydia,Lynn,Maggie,Marcus,Margaret,Maria,Marie,' +
    'Marilyn,Marjorie,Mark,Martha,Martin,Marvin,Mary,Matt,Matthew,Maureen,Max,Megan,Melissa,Michael,Michelle,Mick,' +
    'Mike,Mildred,Molly,Monica,Nancy,Natalie,Nate,Nathan,Neil,Nicholas,Nick,Nicole,Nina,Noah,Norma,Norman,Oliver,' +
    'Olivia,Oscar,Owen,Pam,Pamela,Pat,Patricia,Patrick,Paul,Paula,Pauline,Peggy,Penny,Pete,Peter,Phil,Philip,' +
    'Phyllis,Rachel,Ralph,Randy,Ray,Raymond,Rebecca,Rick,Ricky,Rita,Rob,Robert,Robin,Roger,Ron,Ronald,Ronnie,Rose,' +
    'Roy,Ruby,Russell,Ruth,Ryan,Sally,Sam,Samantha,Samuel,Sandra,Sandy,Sara,Sarah,Scott,Sean,Sharon,Shawn,Sheila,' +
    'Shirley,Simon,Sophie,Stan,Stanley,Stephanie,Stephen,Steve,Steven,Stuart,Sue,Susan,Suzanne,Sylvia,Tammy,Ted,' +
    'Teresa,Terry,Theresa,Thomas,Tim,Timothy,Tina,Toby,Todd,Tom,Tommy,Tony,Tracy,Troy,Valerie,Vanessa,Vera,Victor,' +
    'Victoria,Vincent,Virginia,Walter,Wanda,Wayne,Wendy,Will,William,Willie,Zach,Zachary,Zoe,Abe,Ada,Adele,Aggie,' +
    'Al,Alba,Alfie,Alma,Alvin,Archie,Arnold,Barney,Bart,Basil,Benny,Bert,Bertie,Bessie,Biff,Bo,Brooke,Bud,Buddy,' +
    'Buster,Caleb,Calvin,Cameron,Carrie,Casey,Cecil,Chad,Chester,Chet,Clay,Cliff,Clint,Cody,Cole,Connor,Curtis,' +
    'Daisy,Dale,Dana,Darla,Darlene,Daryl,Delia,Della,Dick,Dolores,Dominique,Duke,Dwight,Earl,Eddy,Edna,Elaine,' +
    'Elmer,Elsie,Elvira,Emmett,Ernie,Ernest,Ethel,Etta,Floyd,Flo,Gabe,Gabriel,Gail,Gertie,Gil,Gilbert,Ginny,Glen,' +
    'Glenn,Gordon,Gus,Guy,Hal,Hank,Harvey,Hattie,Hazel,Herb,Homer,Hubert,Ike,Ira,Iris,Irv,Ivan,Ivy,Jackson,Jasper,Jed,' +
    'Jeb,Jenkins,Jethro,Jody,Josie,June,Kenny,Kirk,Kit,Lana,Lance,Leon,Leroy,Les,Lester,Lou,Lucas,Luther,Mabel,' +
    'Mac,Mack,Mandy,Marcy,Margie,Marge,Marty,Mason,Maude,Mavis,Mel,Merle,Mickey,Millie,Milo,Minnie,Mitch,Mo,Moe,' +
    'Myra,Myrtle,Ned,Nell,Nellie,Nora,Olive,Opal,Otis,Pearl,Percy,Polly,Ralphie,Reggie,Rex,Rhonda,Rich,Rocco,Rod,' +
    'Rodney,Rosie,Roz,Rudy,Rufus,Rusty,Sadie,Sal,Sid,Skip,Sonny,Stella,Stu,Sully,Tess,Tessa,Theo,Tilly,Trudy,' +
    'Tyler,Vern,Vernon,Vic,Vince,Vivian,Wade,Wally,Walt,Warren,Wes,Wilbur,Winnie,Woody,Zeke',
);

/** Well-known titles of works a script names without quotes ("Inception", "Hamlet", "Star Wars"). */
export const KNOWN_TITLES = set(
  'Hamlet,Macbeth,Othello,King Lear,Romeo and Juliet,The Tempest,Twelfth Night,Star Wars,Star Trek,Titanic,Jaws,' +
    'Inception,The Godfather,Casablanca,Citizen Kane,Psycho,Vertigo,Rocky,Rambo,Terminator,The Terminator,Alien,' +
    'Aliens,Ghostbusters,Back to the Future,E.T.,Raiders of the Lost Ark,Indiana Jones,Harry Potter,Lord of the Rings,' +
    'The Lord of the Rings,The Hobbit,Batman,Superman,Spider-Man,Star Wars,Jurassic Park,Toy Story,Frozen,Shrek,' +
    'The Matrix,Pulp Fiction,Goodfellas,Scarface,Die Hard,Top Gun,Grease,Cats,Hamilton,Les Misérables,Les Miserables,' +
    'The Simpsons,Seinfeld,Friends,Doctor Who,Sherlock,Downton Abbey,Game of Thrones,Breaking Bad,The Sopranos,' +
    'Moby Dick,Moby-Dick,War and Peace,Pride and Prejudice,Jane Eyre,Wuthering Heights,Great Expectations,Ulysses,' +
    'The Great Gatsby,Catcher in the Rye,To Kill a Mockingbird,Nineteen Eighty-Four,Frankenstein,Dracula,Beowulf,' +
    'The Odyssey,The Iliad,Bohemian Rhapsody,Yesterday,Imagine,Hey Jude,Jeopardy,Wheel of Fortune,Sesame Street',
);

/** Institutions named in every other script that are not items on their own ("the Army", "the Police"). */
export const GENERIC_INSTITUTIONS = set(
  'Army,Navy,Marines,Air Force,Coast Guard,Military,Police,Government,Congress,Senate,Parliament Street,Church,' +
    'State,Court,Supreme Court,Council,Ministry,Department,Administration,Crown,Embassy,Consulate,Academy,Guard,Corps',
);

/** Last words that make a phrase a historical event or fact to check ("the Powder Plot", "the Boston Massacre"). */
export const EVENT_ENDINGS = set(
  'Plot,War,Wars,Revolution,Rebellion,Uprising,Massacre,Riots,Riot,Treaty,Crisis,Scandal,Affair,Blitz,Crash,Depression,' +
    'Olympics,Games,Cup,Championship,Bowl,Act,Accord,Summit,Conference,Trial,Trials,Disaster,Landing,Invasion,Siege,Raid',
);

/**
 * Places, institutions and organisations often written in capitals or abbreviations ("L.A.", "BBC", "SCOTLAND
 * YARD"), by category. Looked up in capitals.
 */
export const KNOWN_UPPER_EXTRA: Record<string, 'place' | 'brand'> = Object.fromEntries([
  ...[
    'L.A.',
    'N.Y.',
    'N.Y.C.',
    'NYC',
    'D.C.',
    'U.K.',
    'U.S.',
    'U.S.A.',
    'S.F.',
    'SCOTLAND YARD',
    'GLOBE THEATER',
    'GLOBE THEATRE',
    'HOLLYWOOD BOWL',
    'MADISON SQUARE GARDEN',
    'BUCKINGHAM PALACE',
    'DOWNING STREET',
    'TRAFALGAR SQUARE',
    'PICCADILLY CIRCUS',
    'TIMES SQUARE',
    'GRAND CENTRAL',
    'EMPIRE STATE BUILDING',
    'GOLDEN GATE BRIDGE',
    'WEMBLEY',
    'HEATHROW',
    'JFK',
    'LAX',
  ].map((p) => [p, 'place' as const]),
  ...[
    'BBC',
    'ITV',
    'SKY NEWS',
    'CNN',
    'NBC',
    'CBS',
    'ABC',
    'HBO',
    'MTV',
    'ESPN',
    'FOX NEWS',
    'NPR',
    'PBS',
    'AT&T',
    'NASA',
    'FBI',
    'CIA',
    'NSA',
    'NFL',
    'NBA',
    'MLB',
    'NHL',
    'UNICEF',
    'KFC',
    'IHOP',
    'CVS',
    'UPS',
    'DHL',
    'BMW',
    'VW',
    'GM',
    'IKEA',
    'LEGO',
  ].map((b) => [b, 'brand' as const]),
]);

/** More well-known places: British and Irish places, universities and landmarks scripts name on their own. */
export const MORE_PLACES = set(
  'Brixton,Camden,Soho,Hackney,Islington,Chelsea,Kensington,Westminster,Whitechapel,Peckham,Croydon,Wimbledon,' +
    'Cardiff,Swansea,Belfast,Leeds,Bristol,Birmingham,Sheffield,Newcastle,Nottingham,Oxford,Cambridge,Brighton,' +
    'York,Cornwall,Devon,Yorkshire,Essex,Surrey,Sussex,Aberdeen,Cork,Galway,Harvard,Yale,Princeton,Stanford,' +
    'Cornell,Columbia,Berkeley,Oxford University,Cambridge University,Parliament,Scotland Yard,Stonehenge,Heathrow,' +
    'Gatwick,Long Island,Staten Island,Malibu,Beverly Hills,Santa Monica,Pasadena,Burbank,Compton,' +
    'San Jose,Reno,Albuquerque,Tucson,Omaha,Tulsa,Cincinnati,Columbus,Indianapolis,Louisville,Orlando,Tampa,' +
    'Buffalo,Rochester,Newark,Hoboken,Savannah,Charleston,Richmond,Anchorage,Honolulu,Quebec,Ottawa,Calgary,Mexico City,' +
    'Tijuana,Acapulco,Cancun,Buenos Aires,Lima,Bogota,Caracas,Nairobi,Lagos,Johannesburg,Cape Town,Dubai,Tehran,' +
    'Beirut,Damascus,Riyadh,Mecca,Bethlehem,Gaza,Kyiv,Kiev,Warsaw,Budapest,Bucharest,Stockholm,Oslo,Copenhagen,' +
    'Helsinki,Reykjavik,Zurich,Geneva,Brussels,Munich,Frankfurt,Hamburg,Marseille,Monaco,Sicily,Sardinia,Crete,' +
    'Bali,Manila,Jakarta,Taipei,Osaka,Kyoto,Hiroshima,Nagasaki,Pearl Harbor,Auschwitz,Chernobyl,Waterloo,Gettysburg,' +
    'Antarctica,Arctic,Atlantic,Pacific,Sahara,Amazon River,Nile,Thames,Mississippi River,Grand Canyon',
);

/**
 * Religious names and terms, biblical and folk figures, group names, archaic interjections, loan phrases, school
 * subjects, degrees, titles without a name and family words: capitalised, never items on their own.
 */
export const NEVER_ITEMS = set(
  'Judas,Satan,Lucifer,Devil,Messiah,Savior,Saviour,Shepherd,Providence,Divine Providence,Almighty,Holy Spirit,' +
    'Holy Ghost,Virgin,Virgin Mary,Prince of Peace,Sacred Lord,Heavenly Father,Our Lord,Lord God,Allah,Buddha,' +
    'Jews,Christians,Muslims,Catholics,Protestants,Hindus,Buddhists,Mormons,Quakers,Puritans,Jesuits,Gentiles,' +
    'Pagans,Heathens,Nay,Aye,Alas,Prithee,Hark,Forsooth,Thee,Thou,Thy,Thine,Hast,Hath,Doth,Art,Ere,Tis,Twas,' +
    'Deja Vu,Déjà Vu,Voila,Voilà,Bon Voyage,Bon Appetit,Adios,Amigo,Hola,Ciao,Namaste,Shalom,Mazel Tov,' +
    'Science,Maths,Math,Physics,Quantum Physics,Chemistry,Biology,History,Geography,Algebra,Calculus,Economics,' +
    'Psychology,Philosophy,Literature,Foreign Language,PhD,MBA,GED,SAT,SATs,Gentlemen,Ladies,Folks,Everyone,' +
    'North,South,East,West,Northern,Southern,Eastern,Western,Midwest,Emcee,Narrator,Woman,Women,Girl,Boy,' +
    'Monsieur,Madame,Mademoiselle,Herr,Herren,Frau,Señor,Senor,Señora,Senora,Signor,Signora,Baron,Baroness,Duke,' +
    'Duchess,Count,Countess,Marquis,Emperor,Empress,Gramps,Grampa,Grandad,Granddad,Pops,Sis,Bro,Junior,Kiddo,' +
    'Heavens,Good Heavens,Nazi,Nazis,Democrat,Democrats,Republican,Republicans,Commie,Commies,Gypsy,Gypsies,' +
    'Goliath,Moses,Samson,Delilah,Jonah,Lazarus,Cain,Abel,Cupid,Santa,Santa Claus,Easter Bunny,Tooth Fairy,Boogeyman,' +
    'Hail Mary,Mother of God,Son of God,Holy Mother,Mother Nature,Father Time,Lady Luck,Grim Reaper,Mother Earth,' +
    'New Year,Fourth of July,Judgment Day,Judgement Day,Doomsday,Armageddon,Good Book,Holy Bible,Bible,Bibles,' +
    "Lord's Prayer,Old Testament,New Testament,Gospel,Gospels,Gospel of John,Psalm,Psalms,Scripture,Scriptures,Amen," +
    'Comanche,Comanches,Apache,Apaches,Cherokee,Cherokees,Sioux,Navajo,Cheyenne,Yankee,Yankees,Confederate,' +
    'Confederates,Rebel,Rebels,Redcoat,Redcoats,Whiskey,Whisky,Bourbon,Vodka,Tequila,Brandy,Sarsaparilla,Web,' +
    'Wifi,Wi-Fi,WiFi,Email,E-mail,Cloud,Smartphone,Feds,Senior,Seniors,Freshman,Freshmen,Sophomore,Sophomores,Juniors,' +
    'Bloody Hell,Tube,Cuppa,Guv,Sarge,Mate,Innit,Blimey,Crikey,Code Blue,Code Red,Intensive Care,Operating Room,' +
    'Emergency Room,Homicide,Vice,Narcotics,Miranda Rights,Mission Accomplished,Prom,Prom Night,Homecoming,' +
    'Jesu,Mariae,Benedicite,Domine,Dominus,Deus,Deo,Dei,Christe,Kyrie,Gratias,Deo Gratias',
);

/** Board games, software and reference works that scripts name like people ("Yahtzee", "Encarta"). */
export const MORE_BRANDS = set(
  'Yahtzee,Twister,Jenga,Uno,Cluedo,Trivial Pursuit,Pictionary,Candy Land,Battleship,Risk,Boggle,Connect Four,' +
    'Encarta,Photoshop,PowerPoint,Wikipedia,Britannica,Encyclopaedia Britannica,Craigslist,Tinder,Grindr,Spotify,' +
    'TikTok,Snapchat,WhatsApp,Zoom,Skype,Myspace,Yahoo,Hotmail,Gmail,AOL,Blockbuster,Tivo,TiVo,Kindle,Fitbit,' +
    'Daily Mail,Daily Telegraph,Telegraph,Guardian,Evening Standard,Sky News,BBC News,New York Times,Washington Post,' +
    'Wall Street Journal,Los Angeles Times,USA Today,Rolling Stone,Vogue,Newsweek,Variety,National Enquirer',
);

/** People known by one name, which an ordinary-word test would otherwise take for a word ("Sting", "Madonna"). */
export const KNOWN_PEOPLE = set(
  'Sting,Madonna,Cher,Bono,Beyoncé,Beyonce,Adele,Rihanna,Drake,Eminem,Shakira,Pelé,Pele,Elvis,Oprah,Banksy,' +
    'Liberace,Houdini,Picasso,Shakespeare,Einstein,Napoleon,Gandhi,Churchill,Hitler,Stalin,Obama,Trump',
);

/** Known places that are also everyday words ("turkey", "china", "reading"): the word when the script writes it so. */
export const PLACES_THAT_ARE_WORDS = set(
  'Turkey,China,Chile,Jersey,Reading,Mobile,Split,Orange,Nice,Bath,Phoenix',
);

/**
 * Known titles and brands that are also everyday words. Alone in capitals in a script they are nearly always the word:
 * screenplays capitalise sounds, props and shouting ("CHAMPAGNE sprays", "the WINDOWS shatter", "I'm FROZEN!").
 */
export const NAMES_THAT_ARE_WORDS = set(
  'Frozen,Friends,Yesterday,Imagine,Cats,Rocky,Psycho,Alien,Aliens,Jaws,Grease,Vertigo,Titanic,Jeopardy,Target,' +
    'Apple,Mac,Windows,Subway,Spam,Champagne,Jaguar,Beetle,Mustang,Colt,Visa,Sprite,Dodge,Ford,Aspirin,Twister,' +
    'Risk,Uno,Battleship,Zoom,Kindle,Guardian,Telegraph,Variety,Vogue,Blockbuster,Tinder,Express,Times,Sky',
);

/**
 * Words of camera and editing directions and of time cards, which amateur scripts write in title case inside action
 * ("Angle On Mara", "Wide Shot", "Slow Motion", "Three Weeks Later"): a phrase made only of them is a direction.
 */
export const SCREEN_DIRECTION_WORDS = set(
  'Angle,Angles,On,Shot,Shots,Wide,Close,Closer,Closeup,Close-up,Close-Up,Pan,Pans,Tilt,Zoom,Dolly,Track,Tracking,' +
    'Crane,Aerial,Establishing,Reverse,Insert,Montage,Series,Intercut,Split,Screen,Freeze,Frame,Slow,Motion,Time,' +
    'Lapse,Flash,Flashback,Flashforward,Cut,Cuts,Dissolve,Fade,Match,Smash,Jump,Overlay,Subtitle,Subtitles,Caption,' +
    'Chyron,Graphic,Card,Black,White,POV,Pov,Medium,Extreme,Full,Two-Shot,Handheld,Steadicam,Push,Pull,Whip,Focus,' +
    'Rack,Super,Superimpose,Title,Back,To,In,Out,Up,Scene,Continuous,Later,Earlier,Present,Moments,Minutes,Hours,' +
    'Days,Weeks,Months,Years,Minute,Hour,Day,Week,Month,Year,Night,Morning,Evening,Afternoon,A,An,The,Of,Same,Next,' +
    'One,Two,Three,Four,Five,Six,Seven,Eight,Nine,Ten,Eleven,Twelve,Twenty,Thirty,Fifty,Hundred,Several,Few,Some',
);
