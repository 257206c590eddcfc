// A file linked from a task form (a bank file, a citizen's uploaded material) opens in a new tab, so that the task
// stays open in Tasklist; the new tab is signed in by the same Tasklist login (no second password). The links work
// before the task is claimed: reading them is harmless.
document.addEventListener('click', event => {
  const link = event.target.closest && event.target.closest('a[href*="/staff/"]');
  if (link && link.closest('.fjs-container, [cam-tasklist-form]')) {
    event.preventDefault();
    event.stopPropagation();
    window.open(link.href, '_blank', 'noopener');
  }
}, true);
