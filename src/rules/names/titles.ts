/**
 * Titles and honorifics that stand before a name ("Foreign Minister Sergei Lavrov", "Mr Blair").
 * They are stripped from a mention so that "President Putin" and "Putin" are one spelling of one
 * entity. A title is stripped only when a name follows it: "John Major" and "Stephen King" keep their
 * last word. Matching ignores a trailing full stop ("Mr." = "Mr"); multi-word titles are matched
 * longest first, so "Prime Minister" wins over "Minister".
 */
const TITLE_LIST = [
  // honorifics and forms of address
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Messrs', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady',
  'Rev', 'Revd', 'Reverend', 'Father', 'Fr', 'Sister', 'Rabbi', 'Imam', 'Ayatollah', 'Grand Ayatollah',
  'Sheikh', 'Sheik', 'Shaikh', 'Mullah', 'Maulana', 'Hon', 'Honourable', 'Herr', 'Frau', 'Monsieur',
  'Madame', 'Mme', 'Senor', 'Señor', 'Signor', 'Shri', 'Sri', 'Smt', 'Mian', 'Begum', 'Haji', 'Hajji',
  // heads of state and government, ministers, officials
  'President', 'Vice President', 'Vice-President', 'President-elect', 'Prime Minister', 'Premier',
  'Deputy Prime Minister', 'Chancellor', 'Vice Chancellor', 'Vice-Chancellor', 'Minister',
  'Foreign Minister', 'Finance Minister', 'Defence Minister', 'Defense Minister', 'Interior Minister',
  'Trade Minister', 'Economy Minister', 'Economics Minister', 'Energy Minister', 'Oil Minister',
  'Agriculture Minister', 'Health Minister', 'Education Minister', 'Justice Minister', 'Culture Minister',
  'Sports Minister', 'Industry Minister', 'Information Minister', 'Chief Minister', 'First Minister',
  'Deputy Minister', 'State Minister', 'Secretary', 'Foreign Secretary', 'Home Secretary',
  'Defence Secretary', 'Culture Secretary', 'Health Secretary', 'Education Secretary', 'Trade Secretary',
  'Transport Secretary', 'Environment Secretary', 'Work and Pensions Secretary', 'Treasury Secretary',
  'Commerce Secretary', 'Energy Secretary', 'Agriculture Secretary', 'Labor Secretary', 'State Secretary',
  'Secretary-General', 'Secretary General', 'Attorney General', 'Attorney-General', 'Solicitor General',
  'Solicitor-General', 'Chief Secretary', 'Shadow Chancellor', 'Shadow Foreign Secretary',
  'Shadow Home Secretary', 'Shadow Health Secretary', 'Shadow Education Secretary', 'Shadow Secretary',
  'Speaker', 'Senator', 'Sen', 'Rep', 'Representative', 'Congressman', 'Congresswoman', 'Governor',
  'Gov', 'Lieutenant Governor', 'Mayor', 'Deputy Mayor', 'Councillor', 'Cllr', 'Alderman', 'Ambassador',
  'Envoy', 'Commissioner', 'Trade Commissioner', 'Competition Commissioner', 'MP', 'MEP', 'MSP', 'AM',
  'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'Chief Executive', 'Chief Executive Officer',
  'Chief Operating Officer', 'Chief Financial Officer', 'Chief Economist', 'CEO', 'CFO', 'COO',
  'Managing Director', 'Director', 'Director General', 'Director-General', 'Executive Director',
  'Deputy Director', 'Vice Chairman', 'Vice-Chairman', 'Deputy Chairman', 'Founder', 'Co-founder',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'Judge', 'Justice', 'Chief Justice', 'Magistrate',
  'Prosecutor', 'Inspector', 'Detective', 'Detective Inspector', 'Detective Chief Inspector',
  'Detective Superintendent', 'Chief Inspector', 'Superintendent', 'Chief Superintendent', 'Constable',
  'Chief Constable', 'Sheriff', 'Coroner', 'Officer',
  // military ranks
  'General', 'Gen', 'Lieutenant General', 'Lt Gen', 'Major General', 'Maj Gen', 'Brigadier',
  'Brigadier General', 'Colonel', 'Col', 'Lieutenant Colonel', 'Lt Col', 'Major', 'Maj', 'Captain',
  'Capt', 'Lieutenant', 'Lt', 'Sergeant', 'Sgt', 'Staff Sergeant', 'Corporal', 'Cpl', 'Lance Corporal',
  'Private', 'Pte', 'Admiral', 'Adm', 'Rear Admiral', 'Vice Admiral', 'Commodore', 'Commander', 'Cdr',
  'Marshal', 'Field Marshal', 'Air Marshal', 'Air Chief Marshal', 'Wing Commander', 'Squadron Leader',
  'Commandant', 'Warlord',
  // royalty, nobility, clergy
  'King', 'Queen', 'Prince', 'Princess', 'Crown Prince', 'Emperor', 'Empress', 'Duke', 'Duchess',
  'Earl', 'Count', 'Countess', 'Baron', 'Baroness', 'Viscount', 'Marquess', 'Emir', 'Amir', 'Sultan',
  'Shah', 'Tsar', 'Czar', 'Pope', 'Cardinal', 'Archbishop', 'Bishop', 'Canon', 'Dean', 'Pastor',
  'Patriarch', 'Saint', 'St',
  // sport, arts and other roles written before a name in news copy
  'Coach', 'Head Coach', 'Manager', 'Boss', 'Skipper', 'Chef', 'Maestro'
]

/** Each title as its words, e.g. `['Prime', 'Minister']`. */
export const TITLES: ReadonlyArray<readonly string[]> = TITLE_LIST.map((title) => title.split(' '))
