/**
 * Words that are capitalised in English but are not names of an entity: nationality and regional
 * adjectives ("Russian", "Pakistani"), and the calendar. They are stripped from the front of a
 * mention ("Russian Foreign Minister Sergei Lavrov" → "Sergei Lavrov") and are never compared as
 * spellings: `Nigerian`/`Nigerien` or `Austrian`/`Australian` are different words, not variants.
 */
const DEMONYM_LIST = [
  'Afghan', 'Albanian', 'Algerian', 'American', 'Andorran', 'Angolan', 'Argentine', 'Argentinian',
  'Armenian', 'Australian', 'Austrian', 'Azerbaijani', 'Azeri', 'Bahamian', 'Bahraini', 'Bangladeshi',
  'Barbadian', 'Belarusian', 'Belarussian', 'Belgian', 'Belizean', 'Beninese', 'Bhutanese', 'Bolivian',
  'Bosnian', 'Botswanan', 'Brazilian', 'British', 'Briton', 'Bruneian', 'Bulgarian', 'Burkinabe',
  'Burmese', 'Burundian', 'Cambodian', 'Cameroonian', 'Canadian', 'Chadian', 'Chilean', 'Chinese',
  'Colombian', 'Congolese', 'Costa Rican', 'Croatian', 'Croat', 'Cuban', 'Cypriot', 'Czech', 'Danish',
  'Dane', 'Djiboutian', 'Dominican', 'Dutch', 'Ecuadorian', 'Ecuadorean', 'Egyptian', 'Emirati',
  'English', 'Eritrean', 'Estonian', 'Ethiopian', 'Fijian', 'Filipino', 'Finnish', 'Finn', 'French',
  'Gabonese', 'Gambian', 'Georgian', 'German', 'Ghanaian', 'Greek', 'Grenadian', 'Guatemalan',
  'Guinean', 'Guyanese', 'Haitian', 'Honduran', 'Hungarian', 'Icelandic', 'Indian', 'Indonesian',
  'Iranian', 'Iraqi', 'Irish', 'Israeli', 'Italian', 'Ivorian', 'Jamaican', 'Japanese', 'Jordanian',
  'Kazakh', 'Kazakhstani', 'Kenyan', 'Korean', 'Kosovan', 'Kosovar', 'Kuwaiti', 'Kyrgyz', 'Laotian',
  'Latvian', 'Lebanese', 'Liberian', 'Libyan', 'Lithuanian', 'Luxembourgish', 'Macedonian', 'Malagasy',
  'Malawian', 'Malaysian', 'Maldivian', 'Malian', 'Maltese', 'Mauritanian', 'Mauritian', 'Mexican',
  'Moldovan', 'Monegasque', 'Mongolian', 'Montenegrin', 'Moroccan', 'Mozambican', 'Namibian',
  'Nepalese', 'Nepali', 'Nicaraguan', 'Nigerian', 'Nigerien', 'Norwegian', 'Omani', 'Pakistani',
  'Palestinian', 'Panamanian', 'Paraguayan', 'Peruvian', 'Polish', 'Pole', 'Portuguese', 'Puerto Rican',
  'Qatari', 'Romanian', 'Russian', 'Rwandan', 'Salvadoran', 'Samoan', 'Saudi', 'Scottish', 'Scot',
  'Senegalese', 'Serbian', 'Serb', 'Sierra Leonean', 'Singaporean', 'Slovak', 'Slovakian', 'Slovene',
  'Slovenian', 'Somali', 'South African', 'Spanish', 'Spaniard', 'Sri Lankan', 'Sudanese', 'Surinamese',
  'Swazi', 'Swedish', 'Swede', 'Swiss', 'Syrian', 'Taiwanese', 'Tajik', 'Tanzanian', 'Thai', 'Tibetan',
  'Togolese', 'Tongan', 'Trinidadian', 'Tunisian', 'Turkish', 'Turk', 'Turkmen', 'Ugandan', 'Ukrainian',
  'Uruguayan', 'Uzbek', 'Venezuelan', 'Vietnamese', 'Welsh', 'Yemeni', 'Zambian', 'Zimbabwean',
  // regions, peoples and blocs used as adjectives
  'African', 'Arab', 'Arabian', 'Asian', 'Atlantic', 'Baltic', 'Basque', 'Balkan', 'Caribbean',
  'Catalan', 'Caucasian', 'Chechen', 'Cornish', 'Eurasian', 'European', 'Flemish', 'Gulf', 'Hispanic',
  'Kashmiri', 'Kurdish', 'Kurd', 'Latin', 'Mediterranean', 'Nordic', 'Pacific', 'Pashtun', 'Persian',
  'Punjabi', 'Scandinavian', 'Sikh', 'Sindhi', 'Soviet', 'Tamil', 'Western', 'Eastern', 'Northern',
  'Southern', 'Muslim', 'Christian', 'Jewish', 'Hindu', 'Buddhist', 'Catholic', 'Protestant', 'Sunni',
  'Shia', 'Shiite', 'Orthodox', 'Anglo', 'Anglican', 'Islamic',
  // abbreviations written before titles ("US President", "UK Chancellor")
  'US', 'UK', 'EU', 'UN', 'UAE', 'USSR'
]

const CALENDAR = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'
]

/** Single-word demonyms and regional adjectives; multi-word ones are in `MULTI_WORD_DEMONYMS`. */
export const DEMONYMS: ReadonlySet<string> = new Set(DEMONYM_LIST.filter((word) => !word.includes(' ')))

/** "Sri Lankan", "South African": each as its words. */
export const MULTI_WORD_DEMONYMS: ReadonlyArray<readonly string[]> = DEMONYM_LIST.filter((word) => word.includes(' ')).map((word) =>
  word.split(' ')
)

/** Days and months ("May" is left out: it is a surname as often as a month in news copy). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(CALENDAR)
