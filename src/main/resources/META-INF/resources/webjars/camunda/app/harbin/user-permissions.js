// The webapps offer some actions to everybody and leave it to the engine to refuse them. This marks the page with
// what the signed-in user may do, as the engine's authorizations say (our /staff/me/permissions), and each app's
// styles/user-styles.css offers only that: 新建任务, editing the shared filters, Cockpit's modifying buttons, and the
// end-of-life notice meant for the city's operators.
import {fetchStaff} from './staff-api.js';

const CLASSES = {
  administrator: 'harbin-administrator',
  mayCreateTasks: 'harbin-may-create-tasks',
  mayEditFilters: 'harbin-may-edit-filters'
};

async function markPermissions() {
  const response = await fetchStaff('/staff/me/permissions');
  const permissions = response.ok ? await response.json() : {};
  for (const [permission, className] of Object.entries(CLASSES)) {
    document.body.classList.toggle(className, permissions[permission] === true);
  }
}

window.addEventListener('hashchange', markPermissions);
markPermissions();
