/**
 * Word lists for fictitious data. Names are common Dutch first names and
 * surnames from the region's many backgrounds, combined at random: the people
 * and companies they make up are invented.
 */
export const FIRST_NAMES = [
  'Jan', 'Pieter', 'Kees', 'Henk', 'Willem', 'Johan', 'Dirk', 'Gerrit', 'Bas', 'Thijs', 'Ruben', 'Daan', 'Sem', 'Lucas', 'Milan',
  'Jesse', 'Niels', 'Sander', 'Mark', 'Erik', 'Dennis', 'Patrick', 'Richard', 'Marco', 'Ronald', 'Frank', 'Martijn', 'Joost',
  'Mohamed', 'Ahmed', 'Youssef', 'Bilal', 'Karim', 'Hamza', 'Mustafa', 'Ibrahim', 'Said', 'Rachid', 'Anouar', 'Soufiane',
  'Mehmet', 'Emre', 'Burak', 'Kemal', 'Murat', 'Hakan', 'Serkan', 'Onur', 'Ömer', 'Yusuf',
  'Rajesh', 'Ravi', 'Sunil', 'Dinesh', 'Glenn', 'Romano', 'Dwight', 'Errol', 'Marvin', 'Jermaine',
  'Piotr', 'Tomasz', 'Krzysztof', 'Marek', 'Andrzej', 'Ivan', 'Dimitar', 'Georgi', 'Adrian', 'Bogdan',
  'Maria', 'Anna', 'Sanne', 'Lotte', 'Eva', 'Fleur', 'Iris', 'Lisa', 'Esther', 'Marieke', 'Ingrid', 'Monique', 'Sandra',
  'Linda', 'Petra', 'Anja', 'Wendy', 'Kim', 'Nicole', 'Chantal', 'Fatima', 'Khadija', 'Samira', 'Naima', 'Layla', 'Nora',
  'Ayşe', 'Fatma', 'Elif', 'Zeynep', 'Emine', 'Priya', 'Sharmila', 'Shanti', 'Gaby', 'Natasha', 'Agnieszka', 'Katarzyna',
  'Magdalena', 'Elena', 'Ioana', 'Yvonne', 'Mariëlle', 'Renée', 'Chloë', 'Noëlle',
] as const

export const SURNAMES = [
  'de Vries', 'Jansen', 'de Jong', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos',
  'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer',
  'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Berg', 'van Dijk', 'van der Heijden', 'Schouten',
  'van Wijk', 'Willems', 'Hoekstra', 'Koster', 'Prins', 'Verhoeven', 'Post', 'Kuiper', 'van Rijn', 'Zwart', 'Vink',
  'van der Zwan', 'Verbeek', 'Hoogendoorn', 'van Egmond', 'Kroes', 'Duindam', 'van Leeuwen', 'Zuiderduin', 'Warmerdam',
  'El Amrani', 'Bouzid', 'El Idrissi', 'Ait Ali', 'Benali', 'Ouali', 'El Khatib', 'Ziani', 'Haddou', 'Boukhari', 'Chaara',
  'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan',
  'Ramdin', 'Soekhoe', 'Biharie', 'Jagessar', 'Ramcharan', 'Kartosen', 'Wongsodikromo', 'Sedney', 'Pinas', 'Tjon A Fat',
  'Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Ivanov', 'Petrov', 'Georgiev', 'Popescu', 'Ionescu',
  'Nguyen', 'Tran', 'Chen', 'Wang', 'Moreno', 'Pereira', 'Santos', 'da Silva', 'Rossi', 'Müller',
] as const

export const OFFICIALS = [
  'Marieke van Dam', 'Jeroen Smulders', 'Fatima Benali', 'Hans de Ruiter', 'Ilse Verkerk', 'Rob Kramer', 'Naima El Hadji',
  'Tom van Velzen', 'Annelies Bos', 'Mehmet Kurt', 'Sanne Hoogland', 'Pieter Zandbergen', 'Yvette Koppen', 'Arjan Blom',
  'Esther Kuijpers', 'Karim Aarab', 'Monique de Lange', 'Bart Overdijk', 'Sharmila Baldew', 'Erik van Schie',
  'Judith Verweij', 'Vincent Hagenaars', 'Lieke Boon', 'Martin Groenewegen', 'Nadia Azzouz', 'Gert-Jan Roos',
  'Hanneke Stolk', 'Ruud Vermaat', 'Ingrid van Oosten', 'Dennis Brand',
] as const

export const WORDS = [
  'Noordzee', 'Delta', 'Horizon', 'Atlas', 'Phoenix', 'Primo', 'Royal', 'Golden', 'Orion', 'Nova', 'Vega', 'Prima',
  'Express', 'Global', 'Euro', 'Holland', 'Westland', 'Duinzicht', 'Kustlijn', 'Polderland', 'Amber', 'Saffier',
  'Diamant', 'Bosporus', 'Marrakech', 'Paramaribo', 'Sahara', 'Galaxy', 'Luxe', 'Elite', 'Smart', 'Quick', 'Safe',
  'Zuidwest', 'Hofstad', 'Sleutelstad', 'Goudse', 'Rijnland', 'Bollenstreek', 'Groenhart', 'Vliet', 'Schie', 'Maasland',
] as const

export const COMPANY_PATTERNS: readonly ((word: string, surname: string) => string)[] = [
  (_word, surname) => `${surname} Holding B.V.`,
  (word) => `${word} Vastgoed B.V.`,
  (_word, surname) => `Autobedrijf ${surname}`,
  (word) => `Shishalounge ${word}`,
  (_word, surname) => `Transportbedrijf ${surname} & Zn.`,
  (word) => `Nagelstudio ${word}`,
  (word) => `Kapsalon ${word}`,
  (word) => `${word} Import Export B.V.`,
  (word) => `Stichting ${word}`,
  (word) => `${word} Bouw V.O.F.`,
  (word) => `Uitzendbureau ${word}`,
  (word) => `Belwinkel ${word}`,
  (word) => `Car Wash ${word}`,
  (word) => `Minimarkt ${word}`,
  (word) => `Cafetaria ${word}`,
  (word) => `${word} Beheer B.V.`,
  (_word, surname) => `Kwekerij ${surname}`,
  (word) => `${word} Logistics B.V.`,
  (word) => `Coffeeshop ${word}`,
  (word) => `${word} Trading Ltd.`,
]

export const STREETS = [
  'Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Industrieweg', 'Havenstraat', 'Stationsweg', 'Julianastraat', 'Beatrixlaan',
  'Wilhelminastraat', 'Oranjestraat', 'Nieuwstraat', 'Hoofdstraat', 'Schoolstraat', 'Parallelweg', 'Handelsweg',
  'Nijverheidsstraat', 'Ambachtsweg', 'Zuidweg', 'Noordeinde', 'Westeinde', 'Oosteinde', 'Burgemeester Visserlaan',
  'Prins Hendrikstraat', 'Marktplein', 'Vlietweg', 'Rijnkade', 'Kanaalweg', 'Lange Voorhout', 'Gasthuisstraat', 'Veilingweg',
  'Tuinbouwweg', 'Kassenweg', 'Laan van Zuid', 'Binnenhaven', 'Buitenhaven', 'Spoorlaan', 'Koningin Julianaweg',
] as const

/** Rough first two digits of the postcodes per gemeente; only for plausible addresses. */
export const POSTCODE_PREFIX: Record<string, string> = {
  'Den Haag': '25', Delft: '26', Westland: '26', 'Midden-Delftland': '26', Rijswijk: '22', Zoetermeer: '27',
  'Leidschendam-Voorburg': '22', 'Pijnacker-Nootdorp': '26', Wassenaar: '22', Leiden: '23', Leiderdorp: '23',
  Oegstgeest: '23', Voorschoten: '22', Katwijk: '22', Noordwijk: '22', Teylingen: '21', Lisse: '21', Hillegom: '21',
  'Kaag en Braassem': '23', Zoeterwoude: '23', 'Alphen aan den Rijn': '24', Nieuwkoop: '24', Gouda: '28',
  'Bodegraven-Reeuwijk': '24', Waddinxveen: '27', Zuidplas: '27', Krimpenerwaard: '28',
}

export const PREMISES = ['Bedrijfspand', 'Bedrijfsunit', 'Loods', 'Kassencomplex', 'Horecapand', 'Winkelpand', 'Bovenwoning', 'Garagebox'] as const

export const VEHICLES = [
  'Personenauto Mercedes-Benz C-klasse', 'Personenauto BMW X5', 'Personenauto Audi A6', 'Personenauto Volkswagen Golf',
  'Personenauto Range Rover Sport', 'Personenauto Porsche Cayenne', 'Bestelbus Renault Master', 'Bestelbus Ford Transit',
  'Bestelbus Volkswagen Crafter', 'Vrachtwagen DAF XF met oplegger', 'Motorfiets Harley-Davidson', 'Motorfiets BMW R 1250',
  'Personenauto Toyota Prius', 'Personenauto Lamborghini Urus',
] as const

export const VESSELS = ['Motorjacht', 'Sloep', 'Speedboot', 'Binnenvaartschip', 'Viskotter', 'Zeiljacht', 'Rib-boot'] as const
export const VESSEL_NAMES = [
  'Zeemeeuw', 'Noorderlicht', 'Vrijheid', 'Avontuur', 'Johanna', 'Maria Elisabeth', 'Anna Catharina', 'Zilvermeeuw',
  'Dolfijn', 'Windkracht', 'Zeester', 'Nooit Gedacht', 'Bon Voyage', 'Sea Breeze', 'Fortuna',
] as const
export const MOORINGS = [
  'jachthaven Katwijk', 'haven Scheveningen', 'jachthaven De Kaag', 'Braassemermeer', 'haven Gouda', 'Westlandse haven',
  'Vlietland', 'Nieuwe Meer', 'haven Alphen aan den Rijn', 'Oude Rijn bij Leiden',
] as const

export const OTHER_OBJECTS = [
  'Opslagbox', 'Zeecontainer', 'Stacaravan op standplaats', 'Bedrijfskluis', 'Kantoorruimte in bedrijfsverzamelgebouw', 'Parkeerplaats in garage',
] as const

export const ADJECTIVES = [
  'Stille', 'Rode', 'Gouden', 'Blauwe', 'Zwarte', 'Oude', 'Nieuwe', 'Verre', 'Hoge', 'Lage', 'Late', 'Vroege', 'Koude',
  'Warme', 'Donkere', 'Lichte', 'Brede', 'Smalle', 'Witte', 'Grijze', 'Groene', 'Zilveren', 'Houten', 'IJzeren', 'Wilde',
  'Trage', 'Snelle', 'Diepe', 'Holle', 'Ronde', 'Scherpe', 'Zachte', 'Harde', 'Natte', 'Droge', 'Kale', 'Open',
  'Verborgen', 'Gesloten', 'Halve', 'Eerste', 'Laatste', 'Kleine', 'Grote', 'Lange', 'Korte', 'Zuidelijke', 'Noordelijke',
  'Oostelijke', 'Westelijke', 'Bonte', 'Gele', 'Paarse', 'Bruine',
] as const

export const NOUNS = [
  'Haven', 'Reiger', 'Molen', 'Tulp', 'Duin', 'Polder', 'Vaart', 'Sluis', 'Brug', 'Toren', 'Kade', 'Dijk', 'Wind', 'Storm',
  'Meeuw', 'Zwaan', 'Vos', 'Das', 'Otter', 'Uil', 'Valk', 'Kraai', 'Ekster', 'Lijster', 'Spreeuw', 'Bever', 'Egel', 'Haas',
  'Kreeft', 'Paling', 'Snoek', 'Baars', 'Zalm', 'Oester', 'Mossel', 'Schelp', 'Parel', 'Kiezel', 'Zandbank', 'Kreek',
  'Geul', 'Plas', 'Wetering', 'Singel', 'Gracht', 'Steeg', 'Poort', 'Muur', 'Schuur', 'Hoeve', 'Akker', 'Weide', 'Berk',
  'Eik', 'Wilg', 'Linde', 'Beuk', 'Iep', 'Hulst', 'Varen', 'Distel', 'Klaver', 'Roos', 'Lelie', 'Iris', 'Narcis', 'Krokus',
  'Dahlia', 'Anemoon', 'Hyacint', 'Lantaarn', 'Kompas', 'Boei', 'Baken', 'Vuurtoren', 'Nevel', 'Dauw', 'Hagel', 'Vorst',
  'Dooi', 'Bliksem', 'Donder', 'Regen', 'Zon', 'Maan', 'Ster', 'Komeet', 'Meerkoet', 'Fuut', 'Grutto', 'Kievit', 'Wulp',
  'Scholekster', 'Aalscholver', 'Lepelaar', 'Tureluur', 'Zwaluw', 'Merel', 'Mees', 'Vink',
] as const

export const CONSONANTS = 'BDFGHJKLNPRSTVXZ'
