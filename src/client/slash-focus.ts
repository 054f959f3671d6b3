/**
 * "/" moves focus to the search box, as on many sites, unless the reader is
 * typing somewhere. The search page's own box wins over the header's.
 */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof Element && target.closest('input, textarea, select, [contenteditable]')) {
    return;
  }
  const input =
    document.querySelector<HTMLInputElement>('[data-search-input="primary"]') ??
    document.querySelector<HTMLInputElement>('[data-search-input]');
  if (input === null) return;
  event.preventDefault();
  input.focus();
  input.select();
});
