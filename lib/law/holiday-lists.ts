/**
 * Holiday lists taken from the statutes themselves, where the list date-holidays gives differs
 * from the one the jurisdiction's rule on computing time refers to (checked December 2026).
 * Each entry is a date-holidays rule, optionally limited to the years it has been law.
 * Sundays (and Saturdays) are not listed: they are the regime's restDays.
 */
export interface StatutoryHoliday {
  rule: string;
  name: string;
  /** The first and last years it has been law, where it changed. */
  from?: number;
  until?: number;
  /** Days around the rule's date that are holidays too (Korea's three-day Seollal: [-1, 0, 1]). */
  span?: readonly number[];
  /**
   * A substitute holiday on the next day that is no holiday where one of the days falls on a rest day
   * or on another holiday: 'sunday' (Korea's Seollal and Chuseok) or 'weekend' (its other national days).
   */
  substitute?: "sunday" | "weekend";
}

export interface StatutoryHolidayList {
  citation: string;
  /** What differs from date-holidays' list, for the deadlines page. */
  note: string;
  holidays: readonly StatutoryHoliday[];
}

const sundayToMonday = (date: string) => `${date} and if sunday then next monday`;

export const STATUTORY_HOLIDAYS: Readonly<Record<string, StatutoryHolidayList>> = {
  "US-CA": {
    citation: "Cal. Gov. Code §§ 6700, 6701; Cal. Civ. Code § 7",
    note: "Adds Lincoln Day, Admission Day, Native American Day and Columbus Day; drops the day after Thanksgiving (a state-employee day off under Gov. Code § 19853, not a § 6700 holiday) and the Friday before a Saturday holiday. Good Friday counts only from noon to 3 p.m., so not as a whole day. The years the newest holidays (Lunar New Year, Genocide Remembrance Day, Juneteenth) took effect are the product's reading",
    holidays: [
      { rule: sundayToMonday("01-01"), name: "New Year's Day" },
      { rule: "3rd monday in January", name: "Dr. Martin Luther King, Jr. Day" },
      { rule: "chinese 01-0-01", name: "Lunar New Year", from: 2024 },
      { rule: sundayToMonday("02-12"), name: "Lincoln Day" },
      { rule: "3rd monday in February", name: "Presidents' Day" },
      { rule: sundayToMonday("03-31"), name: "Cesar Chavez Day" },
      { rule: "04-24", name: "Genocide Remembrance Day", from: 2024 },
      { rule: "monday before 06-01", name: "Memorial Day" },
      { rule: "06-19", name: "Juneteenth", from: 2023 },
      { rule: sundayToMonday("07-04"), name: "Independence Day" },
      { rule: "1st monday in September", name: "Labor Day" },
      { rule: sundayToMonday("09-09"), name: "Admission Day" },
      { rule: "4th friday in September", name: "Native American Day" },
      { rule: "2nd monday in October", name: "Columbus Day" },
      { rule: "11-11 and if sunday then next monday if saturday then previous friday", name: "Veterans Day" },
      { rule: "4th thursday in November", name: "Thanksgiving Day" },
      { rule: sundayToMonday("12-25"), name: "Christmas Day" },
    ],
  },
  CA: {
    citation: "Interpretation Act (R.S.C. 1985, c. I-21) s. 35(1)-(2)",
    note: "Adds Easter Monday, Victoria Day, Thanksgiving, Remembrance Day and the National Day for Truth and Reconciliation, which date-holidays leaves out of Canada's federal list; Boxing Day is not a holiday under s. 35. New Year's Day, Canada Day and Remembrance Day on a Sunday add the Monday (s. 35(2)); the same for the National Day for Truth and Reconciliation is the product's reading",
    holidays: [
      { rule: sundayToMonday("01-01"), name: "New Year's Day" },
      { rule: "easter -2", name: "Good Friday" },
      { rule: "easter 1", name: "Easter Monday" },
      { rule: "monday before 05-25", name: "Victoria Day" },
      { rule: sundayToMonday("07-01"), name: "Canada Day" },
      { rule: "1st monday in September", name: "Labour Day" },
      { rule: sundayToMonday("09-30"), name: "National Day for Truth and Reconciliation", from: 2021 },
      { rule: "2nd monday in October", name: "Thanksgiving Day" },
      { rule: sundayToMonday("11-11"), name: "Remembrance Day" },
      { rule: "12-25", name: "Christmas Day" },
    ],
  },
  "CA-QC": {
    citation: "Interpretation Act of Québec (CQLR c. I-16) s. 61(23)",
    note: "Adds Easter Monday and 2 July when 1 July is a Sunday",
    holidays: [
      { rule: "01-01", name: "New Year's Day" },
      { rule: "easter -2", name: "Good Friday" },
      { rule: "easter 1", name: "Easter Monday" },
      { rule: "monday before 05-25", name: "National Patriots' Day (the Sovereign's birthday)" },
      { rule: "06-24", name: "Fête nationale" },
      { rule: sundayToMonday("07-01"), name: "Canada Day" },
      { rule: "1st monday in September", name: "Labour Day" },
      { rule: "2nd monday in October", name: "Thanksgiving Day" },
      { rule: "12-25", name: "Christmas Day" },
    ],
  },
  BR: {
    citation: "Lei 662/1949 (as amended by Lei 6.802/1980, Lei 10.607/2002 and Lei 14.759/2023); Lei 9.093/1995 (Good Friday)",
    note: "The national holidays only: election days fall on Sundays, Carnival is an optional day off (ponto facultativo), not a holiday. Good Friday is a religious holiday declared by the municipalities (Lei 9.093/1995) and is kept as nearly universal (product's reading)",
    holidays: [
      { rule: "01-01", name: "Confraternização Universal" },
      { rule: "easter -2", name: "Sexta-feira da Paixão" },
      { rule: "04-21", name: "Tiradentes" },
      { rule: "05-01", name: "Dia do Trabalho" },
      { rule: "09-07", name: "Independência" },
      { rule: "10-12", name: "Nossa Senhora Aparecida" },
      { rule: "11-02", name: "Finados" },
      { rule: "11-15", name: "Proclamação da República" },
      { rule: "11-20", name: "Dia Nacional de Zumbi e da Consciência Negra", from: 2024 },
      { rule: "12-25", name: "Natal" },
    ],
  },
  KR: {
    citation: "Regulations on Holidays of Government Offices (Presidential Decree) Arts. 2, 3",
    note: "Adds the days before and after Seollal and Chuseok and the substitute days when a holiday meets a weekend or another holiday, which date-holidays leaves out or misdates; election days, declared one by one, are not included (product's reading). Constitution Day is counted from 2026, when it became a holiday again (unverified)",
    holidays: [
      { rule: "01-01", name: "New Year's Day" },
      { rule: "korean 01-0-01", name: "Seollal", span: [-1, 0, 1], substitute: "sunday" },
      { rule: "03-01", name: "Independence Movement Day", substitute: "weekend" },
      { rule: "korean 04-0-08", name: "Buddha's Birthday", substitute: "weekend" },
      { rule: "05-05", name: "Children's Day", substitute: "weekend" },
      { rule: "06-06", name: "Memorial Day" },
      { rule: "07-17", name: "Constitution Day", from: 2026 },
      { rule: "08-15", name: "Liberation Day", substitute: "weekend" },
      { rule: "korean 08-0-15", name: "Chuseok", span: [-1, 0, 1], substitute: "sunday" },
      { rule: "10-03", name: "National Foundation Day", substitute: "weekend" },
      { rule: "10-09", name: "Hangul Day", substitute: "weekend" },
      { rule: "12-25", name: "Christmas Day", substitute: "weekend" },
    ],
  },
  "US-UT": {
    citation: "Utah Code §63G-1-301",
    note: "Juneteenth is kept on a Monday (the one before a 19 June from Tuesday to Friday, the one after a weekend), a fixed-date holiday on a Saturday moves to the Friday before, and Good Friday is counted from 2027 (added in 2026; its conditions in subsection (6) are unverified). date-holidays keeps 19 June itself and no Good Friday",
    holidays: [
      { rule: "01-01 if saturday then previous friday if sunday then next monday", name: "New Year's Day" },
      { rule: "3rd monday in January", name: "Dr. Martin Luther King, Jr. Day" },
      { rule: "3rd monday in February", name: "Washington and Lincoln Day" },
      { rule: "easter -2", name: "Good Friday", from: 2027 },
      { rule: "monday before 06-01", name: "Memorial Day" },
      { rule: "06-19 if saturday then previous friday if sunday then next monday", name: "Juneteenth National Freedom Day", from: 2022, until: 2024 },
      {
        rule: "06-19 if tuesday,wednesday,thursday,friday then previous monday if saturday,sunday then next monday",
        name: "Juneteenth National Freedom Day",
        from: 2025,
      },
      { rule: "07-04 if saturday then previous friday if sunday then next monday", name: "Independence Day" },
      { rule: "07-24 if saturday then previous friday if sunday then next monday", name: "Pioneer Day" },
      { rule: "1st monday in September", name: "Labor Day" },
      { rule: "2nd monday in October", name: "Columbus Day" },
      { rule: "11-11 if saturday then previous friday if sunday then next monday", name: "Veterans Day" },
      { rule: "4th thursday in November", name: "Thanksgiving Day" },
      { rule: "12-25 if saturday then previous friday if sunday then next monday", name: "Christmas" },
    ],
  },
  "US-MT": {
    citation: "Mont. Code Ann. § 1-1-216",
    note: "Drops Christmas Eve and New Year's Eve, which date-holidays lists but § 1-1-216 does not; a holiday on a Saturday is observed on the Friday before",
    holidays: [
      { rule: "01-01 and if sunday then next monday if saturday then previous friday", name: "New Year's Day" },
      { rule: "3rd monday in January", name: "Martin Luther King Jr. Day" },
      { rule: "3rd monday in February", name: "Presidents' Day" },
      { rule: "monday before 06-01", name: "Memorial Day" },
      { rule: "07-04 and if sunday then next monday if saturday then previous friday", name: "Independence Day" },
      { rule: "1st monday in September", name: "Labor Day" },
      { rule: "2nd monday in October", name: "Indigenous Peoples' Day and Columbus Day" },
      { rule: "11-11 and if sunday then next monday if saturday then previous friday", name: "Veterans' Day" },
      { rule: "4th thursday in November", name: "Thanksgiving Day" },
      { rule: "12-25 and if sunday then next monday if saturday then previous friday", name: "Christmas Day" },
      { rule: "1st tuesday after 1st monday in November in even years", name: "State general election day" },
    ],
  },
};
