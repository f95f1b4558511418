// Quiz page: moves ordering steps in place instead of reloading the page. The form works without this script
// (each move button posts and the server keeps the order); with it, a move keeps the focus on the button used,
// Alt+↑/↓ moves the focused step, and a step can be dragged by its handle with a finger or the mouse.
// Keys as in practice and review: a–h pick choice options, Enter submits the answer and then goes on to the next
// question. Letters are read from KeyboardEvent.code, so they work while a Korean input method is on.

import { letterIndex } from './keyboard.js';

const list = document.getElementById('steps');

function steps() {
  return [...list.querySelectorAll('.order-step')];
}

// Keeps each button's place and disabled state in line with where its step now is.
function renumber() {
  const all = steps();
  all.forEach((li, place) => {
    const [up, down] = li.querySelectorAll('button.move');
    up.value = `${place}:up`;
    down.value = `${place}:down`;
    up.disabled = place === 0;
    down.disabled = place === all.length - 1;
  });
}

function move(li, delta, button) {
  const all = steps();
  const place = all.indexOf(li);
  const target = place + delta;
  if (target < 0 || target >= all.length) return;
  if (delta < 0) list.insertBefore(li, all[target]);
  else list.insertBefore(li, all[target].nextSibling);
  renumber();
  const [up, down] = li.querySelectorAll('button.move');
  const keep = button && !button.disabled ? button : (delta < 0 ? (up.disabled ? down : up) : (down.disabled ? up : down));
  keep.focus();
}

if (list) {
  list.addEventListener('click', (e) => {
    const button = e.target.closest('button.move');
    if (!button) return;
    e.preventDefault();
    move(button.closest('.order-step'), button.value.endsWith(':up') ? -1 : 1, button);
  });

  list.addEventListener('keydown', (e) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    const li = e.target.closest('.order-step');
    if (!li) return;
    e.preventDefault();
    const delta = e.key === 'ArrowUp' ? -1 : 1;
    const button = e.target.closest('button.move') || li.querySelectorAll('button.move')[delta < 0 ? 0 : 1];
    move(li, delta, button);
  });

  // Drag by the handle with a finger or the mouse: the step follows the pointer over the others. Only the handle
  // takes the touch, so the rest of a step still scrolls the page.
  let dragged = null;
  list.addEventListener('pointerdown', (e) => {
    const handle = e.target.closest('.drag-handle');
    if (!handle) return;
    e.preventDefault();
    dragged = handle.closest('.order-step');
    dragged.classList.add('dragging');
    handle.setPointerCapture(e.pointerId);
  });
  list.addEventListener('pointermove', (e) => {
    if (!dragged) return;
    const over = document.elementFromPoint(e.clientX, e.clientY)?.closest('.order-step');
    if (!over || over === dragged) return;
    const box = over.getBoundingClientRect();
    list.insertBefore(dragged, e.clientY < box.top + box.height / 2 ? over : over.nextSibling);
    renumber();
  });
  const drop = () => {
    if (!dragged) return;
    dragged.classList.remove('dragging');
    dragged = null;
  };
  list.addEventListener('pointerup', drop);
  list.addEventListener('pointercancel', drop);
}

const form = document.getElementById('quiz-answer');
const next = document.getElementById('quiz-next');
// every question answered: Enter finishes
const finish = document.getElementById('quiz-finish') && document.querySelector('#quiz-finish-form');

document.addEventListener('keydown', (e) => {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
  const target = e.target instanceof Element ? e.target : document.body;
  // While an input method composes (Hangul in a cloze gap), Enter only ends the syllable; some report that Enter
  // as key code 229 without isComposing.
  if (e.isComposing || (e.key === 'Enter' && e.keyCode === 229)) return;
  const typing = target.matches('input[type=text], input:not([type]), textarea, select, [contenteditable]');
  if (e.key === 'Enter') {
    // A focused button or link does its own thing; a gap's Enter submits like anywhere else in the form.
    if (target.closest('button, a[href], summary')) return;
    if (form) {
      e.preventDefault();
      form.requestSubmit(document.getElementById('quiz-submit'));
    } else if (next) {
      e.preventDefault();
      next.click();
    } else if (finish) {
      e.preventDefault();
      finish.requestSubmit();
    }
    return;
  }
  if (!form || typing) return;
  const i = letterIndex(e);
  const options = form.querySelectorAll('.quiz-option input');
  if (i < 0 || i >= options.length) return;
  e.preventDefault();
  const input = options[i];
  input.checked = input.type === 'checkbox' ? !input.checked : true;
  input.focus();
});
