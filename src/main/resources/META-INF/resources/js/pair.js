// Both screens of an interview in pairs: the server pushes the live part of the page as HTML (the same Qute
// fragment the page was rendered with) whenever the interview changes; this swaps it in, shows the steps that fit
// the new phase, points their forms at the question now asked, and keeps the timer ticking between pushes.
const root = document.getElementById('pair');

function live() {
  return document.getElementById('pair-live');
}

function showSteps() {
  const current = live();
  if (!current) {
    return;
  }
  const phase = current.dataset.phase;
  const position = current.dataset.position;
  for (const form of root.querySelectorAll('form[data-phases]')) {
    form.hidden = !form.dataset.phases.split(' ').includes(phase);
    const field = form.querySelector('input[name=position]');
    if (field && position && field.value !== position) {
      field.value = position;
      // a new question: the interviewer's form starts empty, or with what was recorded for it
      const notes = form.querySelector('textarea');
      if (notes && form.id === 'rating') {
        notes.value = '';
        const rating = current.dataset.rating;
        for (const radio of form.querySelectorAll('input[name=rating]')) {
          radio.checked = radio.value === rating;
        }
      }
    }
  }
}

let tick = null;

function startTimer() {
  clearInterval(tick);
  const timer = document.getElementById('pair-timer');
  if (!timer || !timer.dataset.count) {
    return;
  }
  const from = Number(timer.dataset.seconds);
  const shownAt = performance.now();
  const out = timer.querySelector('.seconds');
  tick = setInterval(() => {
    const passed = Math.floor((performance.now() - shownAt) / 1000);
    out.textContent = timer.dataset.count === 'down' ? Math.max(0, from - passed) : from + passed;
  }, 250);
}

function swap(html) {
  const template = document.createElement('template');
  template.innerHTML = html.trim();
  const next = template.content.firstElementChild;
  const current = live();
  if (next && current) {
    current.replaceWith(next);
    showSteps();
    startTimer();
  }
}

if (root && root.dataset.liveUrl && 'EventSource' in window) {
  // EventSource reconnects by itself and sends Last-Event-ID; the first event of every connection is the state now.
  const source = new EventSource(root.dataset.liveUrl);
  source.addEventListener('state', (event) => swap(event.data));
  root.dataset.live = 'connecting';
  source.addEventListener('open', () => { root.dataset.live = 'open'; });
  source.addEventListener('error', () => { root.dataset.live = 'reconnecting'; });
}
showSteps();
startTimer();
