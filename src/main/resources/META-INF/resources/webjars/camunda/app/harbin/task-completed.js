// After 完成, Tasklist says only "任务已完成". This tells the caseworker which case it was and what happens next,
// as the server sees it once the engine has moved on (our /staff/tasks/{id}/next-step), in a notice at the top of
// the page, away from the form's buttons.
import {fetchStaff} from './staff-api.js';

const COMPLETION = /\/task\/([^/]+)\/(submit-form|complete)$/;

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const completion = method.toUpperCase() === 'POST' && COMPLETION.exec(String(url).split('?')[0]);
  if (completion) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        showNextStep(decodeURIComponent(completion[1]));
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

async function showNextStep(taskId) {
  const response = await fetchStaff(`/staff/tasks/${encodeURIComponent(taskId)}/next-step`);
  if (!response.ok) {
    return;
  }
  const {completedTask, nextStep} = await response.json();
  document.querySelectorAll('.harbin-task-completed').forEach(earlier => earlier.remove());
  // An error shown for an earlier attempt at this form (a field left empty) is over now.
  document.querySelectorAll('.page-notifications .alert-danger .close').forEach(close => close.click());
  const notice = document.createElement('div');
  notice.className = 'harbin-task-completed alert alert-success';
  notice.setAttribute('role', 'status');
  const title = document.createElement('strong');
  title.textContent = `已办结：${completedTask}`;
  const next = document.createElement('div');
  next.textContent = nextStep;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', '关闭');
  close.textContent = '×';
  close.addEventListener('click', () => notice.remove());
  notice.append(close, title, next);
  document.body.appendChild(notice);
  setTimeout(() => notice.remove(), 20000);
}
