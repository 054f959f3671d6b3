/**
 * Copy buttons for citations and permalinks. They are hidden in the HTML and shown
 * here, so a reader without JavaScript sees only the text, which they can select.
 */
const copyStatus = document.getElementById('copy-status');

function announce(message: string): void {
  if (copyStatus !== null) copyStatus.textContent = message;
}

for (const button of document.querySelectorAll<HTMLButtonElement>(
  'button[data-copy], button[data-copy-text]',
)) {
  const label = button.textContent.trim();
  button.hidden = false;
  button.addEventListener('click', () => {
    const source = button.dataset['copy'];
    const text =
      button.dataset['copyText'] ??
      (source === undefined ? '' : (document.getElementById(source)?.textContent ?? ''));
    navigator.clipboard.writeText(text.trim()).then(
      () => {
        button.textContent = 'Copied';
        announce(`${label}: copied`);
        setTimeout(() => {
          button.textContent = label;
        }, 2000);
      },
      () => {
        announce('Could not copy: select the text and copy it instead');
      },
    );
  });
}

// A module, not a global script, so its names stay its own.
export {};
