// Internal: China's statutory holidays and make-up working days (调休上班), one entry per year,
// written from each year's 国务院办公厅关于部分节假日安排的通知 (the State Council General Office's
// notice on that year's holidays). Not public API: `officialCalendar` (official-calendar.ts) is.
//
// Compact form, to keep the bundle small: `holidays` and `workdays` are space-separated `MMDD`
// days or `MMDD-MMDD` runs of the notice's year. A run whose first day comes after its last
// (`1231-0102`) starts in December of the year before: the notice on 2023 put New Year's Day's
// rest from 2022-12-31 to 2023-01-02. Saturdays and Sundays not listed as working days are rest
// days; they are listed among the holidays only where a notice's run covers them.
//
// The notice's own words are quoted for each entry, so that every day can be checked by hand.
// `chinese-days` (a development dependency) is compared with every covered day in
// test/foundation/official-calendar.test.ts; it agrees on every day of 2020-11-25…2026-12-31.

/** @internal One year's notice and days, in compact form. */
export interface CompactNoticeYear {
  /** The year the notice arranges. */
  readonly year: number;
  /** Its number (文号). */
  readonly number: string;
  /** The day it was issued (成文日期). */
  readonly issuedOn: string;
  /** Rest days it sets (放假调休), `MMDD` or `MMDD-MMDD`, space-separated. */
  readonly holidays: string;
  /** Weekend days it makes working days (上班), `MMDD`, space-separated. */
  readonly workdays: string;
}

/** @internal The first day the official calendar answers for: the day the measures took effect. */
export const OFFICIAL_CALENDAR_FROM = '2020-11-25';

/** @internal Every notice from 2020 to 2026, oldest first. */
export const OFFICIAL_NOTICE_YEARS: readonly CompactNoticeYear[] = [
  // 国办发明电〔2019〕16号, 2019-11-21, on 2020. Its last run is 国庆节、中秋节 "10月1日至8日放假调休"
  // with "10月10日（星期六）上班": no day from 2020-11-25 (where the calendar starts) to 2020-12-31
  // is listed, so those days follow the week (New Year's Day 2021 is the next notice's).
  { year: 2020, number: '国办发明电〔2019〕16号', issuedOn: '2019-11-21', holidays: '', workdays: '' },
  // 国办发明电〔2020〕27号, 2020-11-25, on 2021:
  // 元旦 1月1日至3日; 春节 2月11日至17日, 2月7日（星期日）、2月20日（星期六）上班; 清明节 4月3日至5日;
  // 劳动节 5月1日至5日, 4月25日（星期日）、5月8日（星期六）上班; 端午节 6月12日至14日;
  // 中秋节 9月19日至21日, 9月18日（星期六）上班; 国庆节 10月1日至7日, 9月26日（星期日）、10月9日（星期六）上班.
  {
    year: 2021,
    number: '国办发明电〔2020〕27号',
    issuedOn: '2020-11-25',
    holidays: '0101-0103 0211-0217 0403-0405 0501-0505 0612-0614 0919-0921 1001-1007',
    workdays: '0207 0220 0425 0508 0918 0926 1009',
  },
  // 国办发明电〔2021〕11号, 2021-10-25, on 2022:
  // 元旦 1月1日至3日; 春节 1月31日至2月6日, 1月29日（星期六）、1月30日（星期日）上班;
  // 清明节 4月3日至5日, 4月2日（星期六）上班; 劳动节 4月30日至5月4日, 4月24日（星期日）、5月7日（星期六）上班;
  // 端午节 6月3日至5日; 中秋节 9月10日至12日; 国庆节 10月1日至7日, 10月8日（星期六）、10月9日（星期日）上班.
  {
    year: 2022,
    number: '国办发明电〔2021〕11号',
    issuedOn: '2021-10-25',
    holidays: '0101-0103 0131-0206 0403-0405 0430-0504 0603-0605 0910-0912 1001-1007',
    workdays: '0129 0130 0402 0424 0507 1008 1009',
  },
  // 国办发明电〔2022〕16号, 2022-12-08, on 2023:
  // 元旦 2022年12月31日至2023年1月2日; 春节 1月21日至27日, 1月28日（星期六）、1月29日（星期日）上班;
  // 清明节 4月5日; 劳动节 4月29日至5月3日, 4月23日（星期日）、5月6日（星期六）上班;
  // 端午节 6月22日至24日, 6月25日（星期日）上班; 中秋节、国庆节 9月29日至10月6日, 10月7日（星期六）、10月8日（星期日）上班.
  {
    year: 2023,
    number: '国办发明电〔2022〕16号',
    issuedOn: '2022-12-08',
    holidays: '1231-0102 0121-0127 0405 0429-0503 0622-0624 0929-1006',
    workdays: '0128 0129 0423 0506 0625 1007 1008',
  },
  // 国办发明电〔2023〕7号, 2023-10-25, on 2024:
  // 元旦 1月1日, 与周末连休; 春节 2月10日至17日, 2月4日（星期日）、2月18日（星期日）上班;
  // 清明节 4月4日至6日, 4月7日（星期日）上班; 劳动节 5月1日至5日, 4月28日（星期日）、5月11日（星期六）上班;
  // 端午节 6月10日, 与周末连休; 中秋节 9月15日至17日, 9月14日（星期六）上班;
  // 国庆节 10月1日至7日, 9月29日（星期日）、10月12日（星期六）上班.
  {
    year: 2024,
    number: '国办发明电〔2023〕7号',
    issuedOn: '2023-10-25',
    holidays: '0101 0210-0217 0404-0406 0501-0505 0610 0915-0917 1001-1007',
    workdays: '0204 0218 0407 0428 0511 0914 0929 1012',
  },
  // 国办发明电〔2024〕12号, 2024-11-12, on 2025 (the first under the holidays as revised in
  // November 2024): 元旦 1月1日, 不调休; 春节 1月28日至2月4日, 1月26日（周日）、2月8日（周六）上班;
  // 清明节 4月4日至6日; 劳动节 5月1日至5日, 4月27日（周日）上班; 端午节 5月31日至6月2日;
  // 国庆节、中秋节 10月1日至8日, 9月28日（周日）、10月11日（周六）上班.
  {
    year: 2025,
    number: '国办发明电〔2024〕12号',
    issuedOn: '2024-11-12',
    holidays: '0101 0128-0204 0404-0406 0501-0505 0531-0602 1001-1008',
    workdays: '0126 0208 0427 0928 1011',
  },
  // 国办发明电〔2025〕7号, 2025-11-04, on 2026:
  // 元旦 1月1日至3日, 1月4日（周日）上班; 春节 2月15日至23日, 2月14日（周六）、2月28日（周六）上班;
  // 清明节 4月4日至6日; 劳动节 5月1日至5日, 5月9日（周六）上班; 端午节 6月19日至21日;
  // 中秋节 9月25日至27日; 国庆节 10月1日至7日, 9月20日（周日）、10月10日（周六）上班.
  {
    year: 2026,
    number: '国办发明电〔2025〕7号',
    issuedOn: '2025-11-04',
    holidays: '0101-0103 0215-0223 0404-0406 0501-0505 0619-0621 0925-0927 1001-1007',
    workdays: '0104 0214 0228 0509 0920 1010',
  },
];
