// Harbin fertility-support case handling: Chinese first, English available (see README "Webapps").
export default {
  app: {
    name: '监控驾驶舱',
    vendor: '哈尔滨市生育支持'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  customScripts: [
    '../harbin/user-permissions.js',
    '../harbin/chinese-texts.js',
    '../harbin/cockpit-dates.js'
  ]
};
