// Keyboard hints (kbd labels on buttons, .key-hint lines) are hidden on touch screens by app.css until a key is
// pressed: then html gets the class "keyboard-used", kept for the rest of the visit.

const KEY = 'prepdeck.keyboard-used';
const root = document.documentElement;

function remember() {
  root.classList.add('keyboard-used');
  try { sessionStorage.setItem(KEY, '1'); } catch (e) { /* storage off: the class lasts for this page */ }
}

try { if (sessionStorage.getItem(KEY)) root.classList.add('keyboard-used'); } catch (e) { /* storage off */ }

document.addEventListener('keydown', function onKey(e) {
  // An on-screen keyboard only types into fields, so a key there says nothing; Tab and keys elsewhere do.
  const field = e.target instanceof Element && e.target.matches('input, textarea, select, [contenteditable]');
  if (field && e.key !== 'Tab') return;
  remember();
  document.removeEventListener('keydown', onKey, true);
}, true);
