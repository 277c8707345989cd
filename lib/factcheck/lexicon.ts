// Words a clearance reader knows on sight: name endings and names that make a capitalised phrase a brand, a place or a
// person, and capitalised words that are never items. Kept small and general; tuned on the labelled sample.

const set = (s: string) => new Set(s.split(/\s*,\s*/).filter(Boolean));

/** Last words of business, brand and product names ("Acme Cola", "Brightway Motors"). */
export const BRAND_ENDINGS = set(
  'Inc,Corp,Corporation,Co,Company,Ltd,LLC,Motors,Airlines,Airways,Bank,Records,Pictures,Studios,Cola,Burger,Burgers,' +
    'Pizza,Foods,Industries,Enterprises,Group,Labs,Systems,Electronics,Pharmaceuticals,Pharma,Insurance,Bakery,Diner,' +
    'Cafe,Café,Grill,Restaurant,Store,Stores,Market,Mart,Motel,Hotel,Inn,Casino,Magazine,Times,Tribune,Gazette,Post,Mail,Mirror,Chronicle,Journal,Observer,Standard,Inquirer,Examiner,' +
    'Herald,Network,Broadcasting,Entertainment,Media,Productions,Brewery,Cereal,Soda,Beer,Whiskey,Vodka,Jeans,Shoes,' +
    'Pharmacy,Drugs,Supermarket,Deli,Tavern,Pub,Lounge,Saloon,Emporium,Outlet,Holdings,Partners,Associates,Bros,' +
    'Brothers,Logistics,Technologies,Tech,Software,Online,Express,Airlines,Rentals,Realty,Cinema,Cinemas,Theater,Theatre,' +
    'Press,Agency,Bureau,Association,Society,Foundation,Federation,League,Commission,Corps,Union,Organization,' +
    'Organisation,Service,Services',
);

/** Last words of businesses that are places people go to, filed as places ("Palace Hotel", "Globe Theater"). */
export const VENUE_ENDINGS = set(
  'Hotel,Motel,Inn,Casino,Theater,Theatre,Cinema,Cinemas,Saloon,Tavern,Pub,Lounge,Club',
);

/** Names of well-known brands and products, as written in scripts. */
export const KNOWN_BRANDS = set(
  "Coke,Coca-Cola,Pepsi,Sprite,McDonald's,McDonalds,Burger King,Wendy's,Starbucks,Walmart,Wal-Mart,Kmart,Target,Sears," +
    "Costco,Disney,Disneyland,Nike,Adidas,Levi's,Marlboro,Budweiser,Heineken,Guinness,Jack Daniels,Jack Daniel's," +
    'Kleenex,Xerox,Polaroid,Zippo,Tylenol,Advil,Aspirin,Prozac,Xanax,Valium,Viagra,Winnebago,Harley,Harley-Davidson,' +
    'Ford,Chevy,Chevrolet,Cadillac,Buick,Pontiac,Dodge,Chrysler,Jeep,Toyota,Honda,Nissan,Mazda,Subaru,Volvo,Mercedes,' +
    'BMW,Porsche,Ferrari,Lamborghini,Jaguar,Volkswagen,Beetle,Mustang,Corvette,Camaro,Lincoln,Tesla,Google,Apple,' +
    'iPhone,iPad,iPod,Mac,MacBook,Microsoft,Windows,Facebook,Twitter,Instagram,YouTube,Netflix,Amazon,eBay,Uber,' +
    'Lyft,Sony,PlayStation,Nintendo,Xbox,Samsung,Nokia,Motorola,BlackBerry,Coors,Miller,Heinz,Kraft,Oreo,Oreos,' +
    'Cheerios,Doritos,Twinkie,Twinkies,Snickers,Hershey,Hershey’s,Jell-O,Tupperware,Band-Aid,Post-it,Velcro,' +
    'Rolex,Timex,Gucci,Prada,Chanel,Armani,Tiffany,Cartier,Visa,Mastercard,FedEx,UPS,Greyhound,Amtrak,Hilton,' +
    "Marriott,Holiday Inn,Motel 6,Denny’s,Denny's,IHOP,KFC,Subway,Taco Bell,Dunkin,Krispy Kreme,7-Eleven,Walgreens," +
    'CVS,Safeway,Kroger,Home Depot,IKEA,Lego,Barbie,Monopoly,Scrabble,Walkman,Game Boy,Atari,Vespa,Segway,Red Bull,' +
    'Lexus,Glock,Beretta,Colt,Winchester,Remington,Land Cruiser,Landcruiser,Walther,Uzi,Gatorade,Evian,Perrier,Smirnoff,Bacardi,Jameson,Dom Perignon,Champagne,Spam,Cheetos,Pringles,Skittles,Zoloft',
);

/** Words that make a capitalised phrase a place or an address ("Elm Street", "Mercy Hospital"). */
export const PLACE_WORDS = set(
  'Street,St,Hwy,Avenue,Ave,Road,Rd,Boulevard,Blvd,Lane,Drive,Highway,Freeway,Interstate,Route,Park,Square,Plaza,City,' +
    'County,Town,Township,Village,River,Lake,Mountain,Mountains,Mount,Bay,Beach,Island,Islands,Bridge,Hospital,' +
    'School,University,College,Academy,Airport,Station,Church,Cathedral,Chapel,Museum,Prison,Penitentiary,Center,' +
    'Centre,Valley,Canyon,Falls,Heights,Hills,Springs,Harbor,Harbour,Port,Ocean,Sea,State,Fort,Saint,Zoo,Stadium,' +
    'Arena,Library,Courthouse,Cemetery,Memorial,Institute,Base,Camp,Creek,Forest,Desert,Coast,Gulf,Peninsula,Parkway,' +
    'Gallery,Galleries,Statue,Tower,Palace,Castle,Abbey,Temple,Monument,Garden,Gardens,Pier,Wharf,Docks,Mall,Building,Yard,Terrace,' +
    'Rue,Piazza,Platz,Strasse,Straße,Calle,Plaza,Avenida,Arc,Quai,Pont,Gare,Jardin,Esplanade,Porte,Place',
);

/** Place names a reader recognises without a street word: countries, US states, large cities. */
export const KNOWN_PLACES = set(
  'America,United States,USA,Canada,Mexico,Brazil,Argentina,England,Britain,Great Britain,Scotland,Ireland,Wales,' +
    'France,Germany,Italy,Spain,Portugal,Greece,Russia,Ukraine,Poland,China,Japan,Korea,India,Pakistan,Iran,Iraq,' +
    'Israel,Egypt,Africa,Europe,Asia,Australia,Vietnam,Cuba,Sweden,Norway,Denmark,Finland,Holland,Switzerland,' +
    'Austria,Belgium,Turkey,Morocco,Kenya,Nigeria,Afghanistan,Syria,Jamaica,Haiti,Peru,Chile,Colombia,Venezuela,' +
    'Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Georgia,Hawaii,Idaho,Illinois,' +
    'Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,' +
    'Montana,Nebraska,Nevada,New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,' +
    'Oregon,Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,Washington,' +
    'West Virginia,Wisconsin,Wyoming,London,Paris,Berlin,Rome,Madrid,Moscow,Tokyo,Beijing,Shanghai,Hong Kong,Sydney,' +
    'Toronto,Vancouver,Montreal,Chicago,Boston,Philadelphia,Detroit,Cleveland,Pittsburgh,Atlanta,Miami,Dallas,' +
    'Houston,Austin,Denver,Phoenix,Seattle,Portland,San Francisco,Los Angeles,LA,L.A.,Hollywood,Las Vegas,Vegas,' +
    'San Diego,Brooklyn,Manhattan,Queens,Bronx,Harlem,New Orleans,Nashville,Memphis,Baltimore,Milwaukee,Minneapolis,' +
    'St. Louis,Kansas City,Salt Lake City,Sacramento,Oakland,Alabama,Mumbai,Delhi,Cairo,Dublin,Edinburgh,Glasgow,' +
    'Manchester,Liverpool,Amsterdam,Vienna,Prague,Venice,Florence,Naples,Milan,Barcelona,Lisbon,Athens,Istanbul,' +
    'Havana,Rio,Saigon,Hanoi,Seoul,Bangkok,Singapore,Jerusalem,Baghdad,Kabul,Normandy,Siberia,Alcatraz,Broadway,' +
    'Wall Street,Times Square,Central Park,Pentagon,White House,Kremlin,Vatican,Everest,Niagara,Yellowstone,Hawaii',
);

/** Words before a name that make it a person ("Dr. Hale", "Senator Reyes"). */
export const PERSON_TITLES = set(
  'Mr,Mrs,Ms,Miss,Mister,Dr,Doctor,Professor,Prof,Senator,President,Governor,Mayor,Judge,Officer,Detective,Det,' +
    'Sergeant,Sgt,Lieutenant,Lt,Captain,Capt,Colonel,Col,General,Gen,Major,Father,Sister,Brother,Reverend,Rev,' +
    'Pastor,Rabbi,Uncle,Aunt,Auntie,Grandma,Grandpa,Granny,Nana,Cousin,Agent,Chief,Coach,Nurse,Sheriff,Deputy,Lord,' +
    'Lady,Sir,Dame,Queen,King,Prince,Princess,Pope,Congressman,Congresswoman,Councilman,Councilwoman,Ambassador,' +
    'Inspector,Constable,Superintendent,Commissioner,Marshal,Private,Corporal,Admiral,Commander,Headmaster,' +
    'Headmistress',
);

/** Capitalised words that are never clearance items on their own. */
export const NOT_ITEMS = set(
  "I,I'm,I'll,I've,I'd,OK,Okay,God,Gods,Jesus,Christ,Lord,Mom,Mommy,Mum,Mummy,Dad,Daddy,Papa,Mama,Ma,Pa,Sir,Madam," +
    "Ma'am,Honey,Baby,Babe,Darling,Dear,Sweetie,Buddy,Man,Dude,Guys,Hey,Hi,Hello,Yes,No,Yeah,Nope,Oh,Ah,Uh,Um,Hmm,Wow," +
    'Please,Thanks,Sorry,Well,So,But,And,Or,Then,Now,Okay,Alright,Christmas,Easter,Halloween,Thanksgiving,Monday,' +
    'Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday,English,American,French,German,Spanish,Italian,Chinese,' +
    'Japanese,Russian,British,Irish,Mexican,Vietnamese,Korean,Arabic,Hebrew,Latin,Greek,Portuguese,Dutch,Swedish,Polish,Hindi,' +
    'Catholic,Christian,Jewish,Muslim,Heaven,Hell,Earth,Internet,TV,INT,EXT,' +
    "Mr,Mrs,Ms,Dr,Miss,V.O,O.S,CONT'D,Cont'd,Ext,Int,Day,Night,Later,Continuous,Morning,Evening,Afternoon,Spring," +
    'Summer,Autumn,Fall,Winter,Chapter,Act,Scene,Part,Episode,Page,Fade,Cut,Dissolve,Smash,Insert,Back,Intercut,' +
    'Title,Titles,Super,Montage,Flashback,Beat,Pause,Silence,Mister,Officer,Doctor,Captain,Detective,Sergeant,Police,' +
    'Credit,Author,Authors,Draft,Note,Notes,Written,By,Contact,Copyright,Source,Behind,With,All,Very,Tomorrow,Today,' +
    'Tonight,Yesterday,Suddenly,Meanwhile,Inside,Outside,Here,There,What,Who,Why,How,Where,Just,Only,Even,Still,' +
    'After,Before,Across,Under,Over,Through,From,For,To,By,Into,Out,Up,Down,Off,One,Two,Some,Every,Each,Another,' +
    'Nobody,Somebody,Everyone,Everybody,Nothing,Something,Everything,Maybe,Perhaps,Not,Never,Always,Good,Great,' +
    'Call,Tell,Ask,Meet,Give,Take,Bring,See,Say,Fine,Sure,Right,Wait,Look,Listen,Come,Go,Stop,Let,Get,Thank,Cheers,Happy,Merry,Dear,Love,' +
    'Check,Find,Grab,Hand,Pass,Put,Send,Show,Try,Watch,Leave,Follow,Open,Help,' +
    'Cops,Boss,Chief,Kid,Kids,Sister,Brother,Grandma,Grandpa,Uncle,Aunt,Nurse,Coach,Sheriff,Agent,General,Major',
);

/**
 * Roles, jobs and family words that scripts capitalise when a person has no name ("the Principal", "a Marine", "the
 * Bartender", "Security Guard"): ordinary words, never items on their own.
 */
export const ROLE_WORDS = set(
  'Principal,Teacher,Teachers,Student,Students,Professor,Dean,Coach,Bartender,Barman,Barmaid,Waiter,Waitress,' +
    'Server,Manager,Boss,Owner,Clerk,Cashier,Receptionist,Secretary,Assistant,Janitor,Custodian,Cleaner,Maid,' +
    'Butler,Nanny,Chef,Cook,Driver,Cabbie,Pilot,Copilot,Stewardess,Steward,Guard,Guards,Security,Bouncer,Doorman,' +
    'Bellhop,Porter,Mailman,Postman,Courier,Messenger,Farmer,Rancher,Cowboy,Miner,Fisherman,Hunter,Soldier,' +
    'Soldiers,Marine,Sailor,Cadet,Recruit,Veteran,Cop,Cops,Trooper,Ranger,Warden,Inmate,Prisoner,Convict,Lawyer,' +
    'Attorney,Prosecutor,Defendant,Witness,Juror,Jury,Bailiff,Banker,Teller,Accountant,Broker,Dealer,Salesman,' +
    'Saleswoman,Shopkeeper,Vendor,Customer,Customers,Client,Patient,Patients,Surgeon,Paramedic,Medic,Therapist,' +
    'Counselor,Counsellor,Psychiatrist,Dentist,Vet,Scientist,Engineer,Mechanic,Technician,Operator,Dispatcher,' +
    'Reporter,Journalist,Anchor,Host,Hostess,Announcer,Narrator,Director,Producer,Actor,Actress,Singer,Dancer,' +
    'Musician,Drummer,Guitarist,Band,Photographer,Artist,Writer,Author,Poet,Priest,Preacher,Nun,Monk,Bishop,' +
    'Deacon,Minister,Stranger,Neighbor,Neighbour,Friend,Boyfriend,Girlfriend,Husband,Wife,Son,Daughter,Mother,' +
    'Grandmother,Grandfather,Granddaughter,Grandson,Niece,Nephew,Sibling,Twin,Twins,Parent,Parents,Child,' +
    'Children,Kid,Toddler,Teen,Teenager,Boy,Girl,Lady,Gentleman,Crowd,Mob,Gang,Team,Class,Diary,Visitor,Guest,' +
    'Guests,Tourist,Passenger,Passengers,Victim,Suspect,Killer,Thief,Robber,Burglar,Hitman,Leader,Captain,' +
    'Commander,Agent,Spy,Villain,Hero,Heroine,Monster,Creature,Robot,Ghost,Witch,Wizard,Vampire,Zombie,Demon,' +
    'Angel,Fairy,Giant,Dwarf,Elf,Troll,Dragon,King,Queen,Prince,Princess,Knight,Squire,Servant,Slave,' +
    'Chief,Elder,Elders',
);

/** Month names, full and short, lower-case. */
export const MONTHS = set(
  'january,february,march,april,may,june,july,august,september,october,november,december,jan,feb,mar,apr,jun,jul,' +
    'aug,sep,sept,oct,nov,dec',
);
