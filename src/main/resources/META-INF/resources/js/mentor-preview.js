// Mentor preview: sends the draft to the same parser the import uses and shows problems and rendered cards.
import { TEXTS, fetchPreview, renderCards, text } from './preview-render.js';

const form = document.getElementById('preview-form');
const result = document.getElementById('preview-result');
const en = form && form.dataset.lang === 'en';
const T = en ? TEXTS.en : TEXTS.ko;

async function check() {
  const { ok, data } = await fetchPreview(form.file.value, form.markdown.value);
  result.replaceChildren();
  if (!ok) {
    result.append(text('p', `${T.failed}: ${data.detail || data.title}`));
    result.firstChild.className = 'flash error';
    return;
  }
  if (data.problems.length === 0) {
    const okNote = text('p', T.ok);
    okNote.className = 'flash';
    result.append(okNote);
  } else {
    result.append(text('h2', `${T.problems} (${data.problems.length})`));
    const list = document.createElement('ul');
    list.className = 'preview-problems';
    data.problems.forEach((p) => list.append(text('li', `${p.file}:${p.line} — ${p.message}`)));
    result.append(list);
  }
  renderCards(result, data, en, T);
}

if (form) {
  form.addEventListener('submit', (e) => { e.preventDefault(); check(); });
  form.markdown.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); check(); }
  });
}
