// The webapps show Camunda's community-edition end-of-life banner to everybody. It concerns the city's
// operators, not caseworkers: it stays visible to administrators (users with access to Admin) only.
const style = document.createElement('style');
style.textContent = 'body:not(.harbin-administrator) .ce-eol-banner { display: none; }';
document.head.appendChild(style);

const appRoot = document.querySelector('base').getAttribute('app-root');

async function markAdministrator() {
  const response = await fetch(`${appRoot}/api/admin/auth/user/default`, {credentials: 'same-origin'});
  const user = response.ok ? await response.json() : null;
  const administrator = Boolean(user && user.authorizedApps && user.authorizedApps.includes('admin'));
  document.body.classList.toggle('harbin-administrator', administrator);
}

window.addEventListener('hashchange', markAdministrator);
markAdministrator();
