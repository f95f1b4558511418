// Quiz page: moves ordering steps in place instead of reloading the page. The form works without this script
// (each move button posts and the server keeps the order); with it, a move keeps the focus on the button used,
// Alt+↑/↓ moves the focused step, and a step can be dragged by touch or mouse.

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

  // Drag with a finger or the mouse: the step follows the pointer over the others.
  let dragged = null;
  list.addEventListener('pointerdown', (e) => {
    const li = e.target.closest('.order-step');
    if (!li || e.target.closest('button')) return;
    dragged = li;
    li.classList.add('dragging');
    li.setPointerCapture(e.pointerId);
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
