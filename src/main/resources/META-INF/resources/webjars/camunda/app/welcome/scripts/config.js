// Harbin fertility-support case handling: Chinese first, English available (see README "Webapps").
export default {
  app: {
    name: '首页',
    vendor: '哈尔滨市生育支持'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    monthName: 'MMM',
    day: 'D',
    abbr: 'M月D日 HH:mm',
    normal: 'YYYY年M月D日 HH:mm',
    long: 'YYYY年M月D日 dddd HH:mm',
    short: 'YYYY年M月D日'
  },
  customScripts: ['../harbin/administrator-notices.js']
};
