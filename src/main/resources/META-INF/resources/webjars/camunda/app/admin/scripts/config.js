// Harbin fertility-support case handling: Chinese first, English available (see README "Webapps").
import {DATE_FORMATS} from '../../harbin/date-formats.js';

export default {
  app: {
    name: '系统管理',
    vendor: '哈尔滨市生育支持'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  dateFormat: DATE_FORMATS,
  customScripts: ['../harbin/user-permissions.js', '../harbin/chinese-texts.js']
};
