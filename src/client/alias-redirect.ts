/**
 * On an old letter address, goes on to the letter's current page keeping the
 * #answer the reader asked for, which the page's meta refresh (the fallback
 * without JavaScript) would drop.
 */
const target = document.documentElement.dataset['redirectTo'];
if (target !== undefined) window.location.replace(`${target}${window.location.hash}`);

// A module, not a global script, so its names stay its own.
export {};
