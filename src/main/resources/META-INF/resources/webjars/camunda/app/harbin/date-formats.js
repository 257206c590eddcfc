// How Tasklist and Cockpit write dates: 2026年11月29日 14:05, in the browser's time zone (China Standard Time on the
// city's computers; the server writes every date with its +0800 offset).
export const DATE_FORMATS = {
  monthName: 'M月',
  day: 'D',
  abbr: 'M月D日 HH:mm',
  normal: 'YYYY年M月D日 HH:mm',
  long: 'YYYY年M月D日 dddd HH:mm',
  short: 'YYYY年M月D日'
};
