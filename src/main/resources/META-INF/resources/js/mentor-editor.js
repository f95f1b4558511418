// Topic editor: a live preview and problem list while typing (debounced calls to the import's own parser), the
// number of learners an edit touches, and keyboard shortcuts (Ctrl+S saves, Ctrl+Enter previews at once).
import { TEXTS, fetchPreview, renderCards, text } from './preview-render.js';

const form = document.getElementById('editor-form');
const source = document.getElementById('editor-markdown');
const problemsBox = document.getElementById('editor-problems');
const rendered = document.getElementById('editor-rendered');
const impactBox = document.getElementById('editor-impact');
const DELAY_MS = 350;

if (form && source) {
  const en = form.dataset.lang === 'en';
  const T = en ? TEXTS.en : TEXTS.ko;
  const topic = form.dataset.topic;
  let timer = null;
  let running = null;
  let dirty = false;

  const lineStart = (n) => {
    const lines = source.value.split('\n');
    let at = 0;
    for (let i = 0; i < Math.min(n - 1, lines.length); i++) at += lines[i].length + 1;
    return at;
  };

  const goToLine = (n) => {
    const at = lineStart(n);
    source.focus();
    source.setSelectionRange(at, at);
    const lineHeight = parseFloat(getComputedStyle(source).lineHeight) || 20;
    source.scrollTop = Math.max(0, (n - 3) * lineHeight);
  };

  const showProblems = (problems) => {
    problemsBox.replaceChildren();
    if (!problems.length) {
      const ok = text('p', form.dataset.noProblems);
      ok.className = 'flash';
      ok.id = 'editor-no-problems';
      problemsBox.append(ok);
      return;
    }
    problemsBox.append(text('h3', `${form.dataset.problems} (${problems.length})`));
    const list = document.createElement('ul');
    list.className = 'editor-problems';
    list.id = 'editor-problem-list';
    problems.forEach((p) => {
      const item = document.createElement('li');
      item.dataset.line = p.line;
      const jump = text('button', `${T.line} ${p.line}`);
      jump.type = 'button';
      jump.addEventListener('click', () => goToLine(p.line));
      item.append(jump, document.createTextNode(` — ${p.message}`));
      list.append(item);
    });
    problemsBox.append(list);
  };

  const showImpact = (impact) => {
    const parts = [];
    if (impact.reworded > 0 || impact.learners > 0) {
      parts.push(form.dataset.impact.replace('%cards%', impact.reworded).replace('%learners%', impact.learners));
    }
    if (impact.removed > 0) parts.push(form.dataset.impactRemoved.replace('%removed%', impact.removed));
    if (impact.added > 0) parts.push(form.dataset.impactAdded.replace('%added%', impact.added));
    impactBox.textContent = parts.join(' ');
  };

  const refresh = async () => {
    if (running) running.abort();
    running = new AbortController();
    const { signal } = running;
    const markdown = source.value;
    if (!markdown.trim()) return;
    try {
      const { ok, data } = await fetchPreview(form.dataset.file || 'topic.md', markdown, signal);
      if (!ok) {
        problemsBox.replaceChildren(text('p', `${T.failed}: ${data.detail || data.title}`));
        problemsBox.firstChild.className = 'flash error';
        return;
      }
      showProblems(data.problems);
      rendered.replaceChildren();
      renderCards(rendered, data, en, T);
      const query = topic ? `?topic=${encodeURIComponent(topic)}` : '';
      const res = await fetch(`/api/mentor/topics/impact${query}`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ markdown }), signal,
      });
      if (res.ok) showImpact(await res.json());
    } catch (e) {
      if (e.name !== 'AbortError') throw e;
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, DELAY_MS);
  };

  source.addEventListener('input', () => { dirty = true; schedule(); });
  document.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey)) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(timer);
      refresh();
    } else if (e.key.toLowerCase() === 's' && form.dataset.readOnly !== 'true') {
      e.preventDefault();
      dirty = false;
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', () => { dirty = false; });
  window.addEventListener('beforeunload', (e) => { if (dirty) e.preventDefault(); });
  const now = document.getElementById('editor-preview-now');
  if (now) now.addEventListener('click', () => { clearTimeout(timer); refresh(); });
  refresh();
}
