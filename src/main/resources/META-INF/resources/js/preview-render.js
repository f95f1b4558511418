// Draws what /api/mentor/content/preview returns: problems, the model answer and the cards as the import renders them.
// The HTML in the answer comes from the server's sanitiser; everything else is set as text.
export const TEXTS = {
  en: { ok: 'No problems: this file imports cleanly.', problems: 'Problems', cards: 'Cards', line: 'line', failed: 'The check failed' },
  ko: { ok: '문제가 없습니다. 이 파일은 그대로 가져올 수 있습니다.', problems: '문제', cards: '카드', line: '줄', failed: '확인에 실패했습니다' },
};

export function el(tag, cls, html) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (html !== undefined) node.innerHTML = html;
  return node;
}

export function text(tag, value) {
  const node = document.createElement(tag);
  node.textContent = value;
  return node;
}

/** Appends the model answer and every card of a preview answer to the container. */
export function renderCards(container, data, en, T) {
  const answer = en && data.modelAnswerHtmlEn ? data.modelAnswerHtmlEn : data.modelAnswerHtml;
  if (answer) {
    container.append(el('article', 'model-answer panel', answer));
  }
  if (!data.cards.length) return;
  container.append(text('h2', `${T.cards} (${data.cards.length})`));
  data.cards.forEach((c) => {
    const side = en && c.en ? c.en : c.ko;
    const box = el('article', 'card-box');
    box.dataset.card = c.id;
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
    container.append(box);
  });
}

/** Sends a draft to the preview endpoint; resolves to { ok, data }. */
export async function fetchPreview(file, markdown, signal) {
  const res = await fetch('/api/mentor/content/preview', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ file, markdown }), signal,
  });
  return { ok: res.ok, data: await res.json() };
}
