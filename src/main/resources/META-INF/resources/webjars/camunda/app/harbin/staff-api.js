// Our staff endpoints (/staff/**) from a webapp page: the webapp's login counts there. The call is marked as a
// script's, so that without a login the answer is a plain 401, not the browser's password prompt.
const appRoot = document.querySelector('base').getAttribute('app-root');

export function fetchStaff(path) {
  return fetch(`${appRoot}/..${path}`, {credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest'}});
}
