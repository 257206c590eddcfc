// Tasklist and Cockpit are translated through their locale files (../*/locales/zh.json), but some texts come from
// elsewhere: the form renderer (form-js) writes its validation messages and placeholders in English, the data loader
// prefixes an error with "<task> <- ", the diagram viewer titles its buttons in English, Cockpit names variable
// types as the engine does (String, Integer). They are put into Chinese
// here, in the page as it is drawn. The browser test (TasklistInChineseE2eTest) fails when English shows again.
const TEXTS = [
  [/^Field is required\.$/, '此项必须填写。'],
  [/^Field must have minimum length of (\d+)\.$/, '至少填写 $1 个字符。'],
  [/^Field must have maximum length of (\d+)\.$/, '最多填写 $1 个字符。'],
  [/^Field must have minimum value of (.+)\.$/, '不能小于 $1。'],
  [/^Field must have maximum value of (.+)\.$/, '不能大于 $1。'],
  [/^Field must match pattern .+\.$/, '格式不正确，请按说明填写。'],
  [/^Field must be a valid email\.$/, '请填写有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number\..*$/, '请填写有效的电话号码。'],
  [/^Value is not a number\.$/, '请填写数字。'],
  [/^Value is expected to be an integer\.$/, '请填写整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, '最多保留 $1 位小数。'],
  [/^Select$/, '请选择'],
  [/^Search$/, '搜索'],
  [/^No options source defined in the form definition$/, '表单未定义可选项'],
  [/^Powered by bpmn\.io$/, '表单由 bpmn.io 绘制'],
  [/^Increment$/, '加一'],
  [/^Decrement$/, '减一'],
  [/^Clear content$/, '清空'],
  [/^zoom in$/i, '放大'],
  [/^zoom out$/i, '缩小'],
  [/^reset zoom$/i, '复位'],
  [/^Actions$/, '操作'],
  [/^String$/, '字符串'],
  [/^Integer$/, '整数'],
  [/^Long$/, '长整数'],
  [/^Short$/, '短整数'],
  [/^Double$/, '小数'],
  [/^Boolean$/, '是/否'],
  [/^Date$/, '日期'],
  [/^Json$/, 'JSON'],
  [/^Object$/, '对象'],
  [/^Null$/, '空'],
  [/^<[\w-]+> <- (.*)$/s, '$1']
];
const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

function inChinese(text) {
  const trimmed = text.trim();
  for (const [english, chinese] of TEXTS) {
    if (english.test(trimmed)) {
      return text.replace(trimmed, trimmed.replace(english, chinese));
    }
  }
  return null;
}

function translate(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const chinese = node.nodeValue.trim() && inChinese(node.nodeValue);
    if (chinese !== null && chinese !== false && chinese !== node.nodeValue) {
      node.nodeValue = chinese;
    }
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  for (const attribute of ATTRIBUTES) {
    const value = node.getAttribute(attribute);
    const chinese = value && inChinese(value);
    if (chinese && chinese !== value) {
      node.setAttribute(attribute, chinese);
    }
  }
  for (const child of node.childNodes) {
    translate(child);
  }
}

new MutationObserver(mutations => {
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(translate);
    } else {
      translate(mutation.target);
    }
  }
}).observe(document.documentElement, {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
});
translate(document.body);
