// Mentor preview: sends the draft to the same parser the import uses and shows problems and rendered cards.
const form = document.getElementById('preview-form');
const result = document.getElementById('preview-result');
const en = form && form.dataset.lang === 'en';
const T = en
  ? { ok: 'No problems: this file imports cleanly.', problems: 'Problems', cards: 'Cards', line: 'line', failed: 'The check failed' }
  : { ok: '문제가 없습니다. 이 파일은 그대로 가져올 수 있습니다.', problems: '문제', cards: '카드', line: '줄', failed: '확인에 실패했습니다' };

function el(tag, cls, html) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (html !== undefined) node.innerHTML = html;
  return node;
}

function text(tag, value) {
  const node = document.createElement(tag);
  node.textContent = value;
  return node;
}

async function check() {
  const body = JSON.stringify({ file: form.file.value, markdown: form.markdown.value });
  const res = await fetch('/api/mentor/content/preview', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body,
  });
  const data = await res.json();
  result.replaceChildren();
  if (!res.ok) {
    result.append(text('p', `${T.failed}: ${data.detail || data.title}`));
    result.firstChild.className = 'flash error';
    return;
  }
  if (data.problems.length === 0) {
    const ok = text('p', T.ok);
    ok.className = 'flash';
    result.append(ok);
  } else {
    result.append(text('h2', `${T.problems} (${data.problems.length})`));
    const list = el('ul', 'preview-problems');
    data.problems.forEach((p) => list.append(text('li', `${p.file}:${p.line} — ${p.message}`)));
    result.append(list);
  }
  const answer = en && data.modelAnswerHtmlEn ? data.modelAnswerHtmlEn : data.modelAnswerHtml;
  if (answer) {
    result.append(el('article', 'model-answer panel', answer));
  }
  if (data.cards.length) {
    result.append(text('h2', `${T.cards} (${data.cards.length})`));
    data.cards.forEach((c) => {
      const side = en && c.en ? c.en : c.ko;
      const box = el('article', 'card-box');
      box.append(text('p', `${c.kind} · ${c.id}`));
      box.firstChild.className = 'muted';
      box.append(el('div', 'card-front', side.front));
      if (side.options.length) {
        const ol = el('ol', 'options');
        side.options.forEach((o) => ol.append(el('li', o.correct ? 'correct' : 'incorrect', `${o.html} ${o.explanation ? '— ' + o.explanation : ''}`)));
        box.append(ol);
      }
      if (side.steps.length) {
        const ol = el('ol', 'steps');
        side.steps.forEach((s) => ol.append(el('li', '', s)));
        box.append(ol);
      }
      box.append(el('div', 'card-back', side.back));
      if (side.extra) box.append(el('aside', 'card-extra', side.extra));
      result.append(box);
    });
  }
}

if (form) {
  form.addEventListener('submit', (e) => { e.preventDefault(); check(); });
  form.markdown.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); check(); }
  });
}
