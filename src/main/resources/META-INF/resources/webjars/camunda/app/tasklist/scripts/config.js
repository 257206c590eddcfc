// Harbin fertility-support case handling: Chinese first, English available (see README "Webapps").
import {DATE_FORMATS} from '../../harbin/date-formats.js';

export default {
  app: {
    name: '业务办理',
    vendor: '哈尔滨市生育支持'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  dateFormat: DATE_FORMATS,
  customScripts: [
    '../harbin/user-permissions.js',
    '../harbin/chinese-texts.js',
    '../harbin/task-completed.js',
    '../harbin/task-form-links.js'
  ],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '认领当前选中的任务'},
    focusFilter: {key: 'ctrl+shift+f', description: '跳到第一个过滤器'},
    focusList: {key: 'ctrl+alt+l', description: '跳到任务列表的第一项'},
    focusForm: {key: 'ctrl+alt+f', description: '跳到任务表单的第一个输入框'},
    startProcess: {key: 'ctrl+alt+p', description: '打开“发起流程”对话框'}
  },
  disableWelcomeMessage: true
};
