// The webapps offer some actions to everybody and leave it to the engine to refuse them. This marks the page with
// what the signed-in user may do, as the engine's authorizations say (our /staff/me/permissions), and each app's
// styles/user-styles.css offers only that: 新建任务, editing the shared filters, Cockpit's modifying buttons, and the
// end-of-life notice meant for the city's operators. Asked once per login: on the login page the marks are cleared.
import {fetchStaff} from './staff-api.js';

const CLASSES = {
  administrator: 'harbin-administrator',
  mayCreateTasks: 'harbin-may-create-tasks',
  mayEditFilters: 'harbin-may-edit-filters'
};
let known = false;

function mark(permissions) {
  for (const [permission, className] of Object.entries(CLASSES)) {
    document.body.classList.toggle(className, permissions[permission] === true);
  }
}

async function markPermissions() {
  if (window.location.hash.startsWith('#/login')) {
    known = false;
    mark({});
    return;
  }
  if (known) {
    return;
  }
  const response = await fetchStaff('/staff/me/permissions');
  known = response.ok;
  mark(response.ok ? await response.json() : {});
}

window.addEventListener('hashchange', markPermissions);
markPermissions();
