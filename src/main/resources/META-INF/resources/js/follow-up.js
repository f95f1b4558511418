// Follow-up cards (꼬리 질문) shown with the question they are asked after, collapsed above their own question,
// the way the topic page draws them. Used by practice.js, and on the review screen by watching its card stage.

import { el, sideOf } from './card-view.js';

const cards = new Map();

/** A card from the content API, fetched once per page. */
export function fetchCard(id) {
  if (!cards.has(id)) {
    cards.set(id, fetch(`/api/cards/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' } })
      .then((res) => (res.ok ? res.json() : null)).catch(() => null));
  }
  return cards.get(id);
}

/** The collapsed parent question, as on the topic page. */
export function parentQuestion(parent, lang, label) {
  return el('details', { class: 'follow-up-parent' }, el('summary', {}, label),
    el('div', { class: 'follow-up-parent-question', html: sideOf(parent, lang).front }));
}

/** Puts the parent question of the follow-up card `card` above the front in `box`, once it is known. */
export async function showParent(box, card, lang, label, known = () => null) {
  if (!card.follows) return;
  const parent = known(card.follows) || await fetchCard(card.follows);
  const front = box.querySelector('.card-front');
  if (!parent || !front || !box.isConnected || box.querySelector('.follow-up-parent')) return;
  front.before(parentQuestion(parent, lang, label));
}

/**
 * For screens that draw cards elsewhere: every follow-up card that appears in `stage` (an element with
 * data-card and data-kind="followup") gets its parent question.
 */
export function watchFollowUps(stage, lang, label) {
  const look = () => stage.querySelectorAll('[data-kind="followup"][data-card]').forEach(async (box) => {
    if (box.dataset.parentShown) return;
    box.dataset.parentShown = 'pending';
    const card = await fetchCard(box.dataset.card);
    if (card) await showParent(box, card, lang, label);
  });
  new MutationObserver(look).observe(stage, { childList: true, subtree: true });
  look();
}

// The review screen draws its cards in review.js; its texts live in the page's #study-text template.
const stage = document.getElementById('review-card');
const review = document.getElementById('review');
const text = document.getElementById('study-text');
if (stage && review && text) {
  const label = text.content.querySelector('[data-k="followsParent"]');
  watchFollowUps(stage, review.dataset.lang === 'en' ? 'en' : 'ko', label ? label.textContent : '');
}
