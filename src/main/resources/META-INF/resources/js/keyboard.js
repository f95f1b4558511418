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

export const LETTERS = 'abcdefgh';

/**
 * Which option letter a–h a key press means (0 for a), or -1. Read from the key's place on the keyboard
 * (KeyboardEvent.code), so it works while a Korean input method turns the a key into ㅁ; falls back to the
 * character for keyboards that report no code.
 */
export function letterIndex(e) {
  const code = /^Key([A-H])$/.exec(e.code || '');
  if (code) return code[1].charCodeAt(0) - 65;
  if (e.code || typeof e.key !== 'string' || e.key.length !== 1) return -1;
  return LETTERS.indexOf(e.key.toLowerCase());
}

/**
 * The shortcut a key press stands for. ASCII keys give their character; a key whose character a Korean input
 * method has changed (ㅕ for u, or "Process") gives the letter or digit printed on it, read from
 * KeyboardEvent.code. While an input method is composing the answer is '', so the Enter that completes a
 * syllable is never a shortcut.
 */
export function shortcutKey(e) {
  if (e.isComposing) return '';
  const key = typeof e.key === 'string' ? e.key : '';
  if (key.length === 1 && key.charCodeAt(0) < 128) return key;
  const letter = /^Key([A-Z])$/.exec(e.code || '');
  if (letter && (key.length === 1 || key === 'Process')) return letter[1].toLowerCase();
  const digit = /^Digit([0-9])$/.exec(e.code || '');
  if (digit && key === 'Process') return digit[1];
  return key === 'Process' ? '' : key;
}
