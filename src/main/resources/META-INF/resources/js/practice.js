// Practice ("cram") mode: every card of a topic or of all topics, keyboard first, no scheduling.
// Space/Enter reveals (and on the answer side counts as Good), 1-4 grade, a-h toggle choice options.

import { CardFace, el, sideOf } from './card-view.js';
import { letterIndex, shortcutKey } from './keyboard.js';
import { showParent } from './follow-up.js';

const TEXT = {
  ko: {
    loading: '카드를 불러오는 중…', failed: '카드를 불러오지 못했습니다.', empty: '연습할 카드가 없습니다.',
    reveal: '답 보기', check: '확인', again: '다시', hard: '어려움', good: '보통', easy: '쉬움',
    done: '연습을 마쳤습니다', restart: '처음부터 다시', progress: (i, n) => `${i} / ${n}`,
    gap: '빈칸', correct: '정답', wrong: '오답', yourOrder: '내 순서', rightOrder: '올바른 순서',
    moveUp: '위로', moveDown: '아래로', followup: '꼬리 질문', followsParent: '앞선 질문', extra: '보충 설명',
    summary: (g) => `다시 ${g[1]} · 어려움 ${g[2]} · 보통 ${g[3]} · 쉬움 ${g[4]}`,
    markedTitle: (n) => `다시 보거나 어려웠던 카드 ${n}장`, noneMarked: '다시나 어려움으로 표시한 카드가 없습니다.',
    practiseMarked: (n) => `이 ${n}장 다시 연습하기`,
    kinds: { basic: '기본', cloze: '빈칸', choice: '객관식', order: '순서', followup: '꼬리 질문' },
    pickHint: '키 a–h로 보기를 고르세요', orderHint: '↑/↓ 버튼(또는 Alt+↑/↓)으로 순서를 바꾸세요',
    choiceRight: '정답입니다.', choiceWrong: '틀렸습니다.', youPicked: '내 선택:', pickedNothing: '없음',
    correctWas: '정답:', theAnswer: '정답', yourPick: '내 선택', missed: '놓친 정답',
    dragHint: '손잡이를 끌어서 순서를 바꿀 수 있습니다',
  },
  en: {
    loading: 'Loading cards…', failed: 'The cards could not be loaded.', empty: 'There are no cards to practise.',
    reveal: 'Show answer', check: 'Check', again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy',
    done: 'Practice finished', restart: 'Start over', progress: (i, n) => `${i} / ${n}`,
    gap: 'gap', correct: 'Correct', wrong: 'Wrong', yourOrder: 'Your order', rightOrder: 'Correct order',
    moveUp: 'Move up', moveDown: 'Move down', followup: 'Follow-up', followsParent: 'Earlier question', extra: 'Note',
    summary: (g) => `Again ${g[1]} · Hard ${g[2]} · Good ${g[3]} · Easy ${g[4]}`,
    markedTitle: (n) => `${n} card(s) marked Again or Hard`, noneMarked: 'No card was marked Again or Hard.',
    practiseMarked: (n) => `Practise these ${n} again`,
    kinds: { basic: 'Basic', cloze: 'Cloze', choice: 'Multiple choice', order: 'Ordering', followup: 'Follow-up' },
    pickHint: 'Press a–h to pick options', orderHint: 'Reorder with the ↑/↓ buttons (or Alt+↑/↓)',
    choiceRight: 'Right.', choiceWrong: 'Wrong.', youPicked: 'You picked', pickedNothing: 'nothing',
    correctWas: 'correct:', theAnswer: 'correct answer', yourPick: 'your pick', missed: 'missed',
    dragHint: 'Drag a step by its handle to move it',
  },
};

async function loadCards(source) {
  const res = await fetch(source, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(res.status);
  const data = await res.json();
  if (Array.isArray(data)) {
    const topics = await Promise.all(data.map((t) =>
      fetch(`/api/topics/${encodeURIComponent(t.id)}`, { headers: { Accept: 'application/json' } }).then((r) => r.json())));
    return topics.flatMap((t) => t.cards);
  }
  return data.cards;
}

class Practice {
  constructor(root) {
    this.root = root;
    this.lang = root.dataset.lang === 'en' ? 'en' : 'ko';
    this.t = TEXT[this.lang];
    this.grades = { 1: 0, 2: 0, 3: 0, 4: 0 };
    document.addEventListener('keydown', (e) => this.onKey(e));
  }

  async start() {
    this.root.replaceChildren(el('p', { class: 'muted' }, this.t.loading));
    try {
      this.all = await loadCards(this.root.dataset.source);
    } catch (e) {
      this.root.replaceChildren(el('p', { class: 'flash error' }, this.t.failed));
      return;
    }
    this.restart();
  }

  /** Starts a round with `cards` (all of them unless given). */
  restart(cards = this.all) {
    this.queue = cards.slice();
    this.round = cards.slice();
    this.total = this.queue.length;
    this.doneCount = 0;
    this.grades = { 1: 0, 2: 0, 3: 0, 4: 0 };
    // card id -> the lowest grade it got this round, for the cards graded Again or Hard
    this.marked = new Map();
    if (!this.total) {
      this.root.replaceChildren(el('p', { class: 'flash' }, this.t.empty));
      return;
    }
    this.show();
  }

  show() {
    this.card = this.queue[0];
    this.revealed = false;
    if (!this.card) return this.finish();
    const box = el('article', { class: 'card-box practice-card', 'data-card': this.card.id, 'data-kind': this.card.kind });
    box.append(el('p', { class: 'muted' },
      `${this.t.progress(this.doneCount + 1, this.total)} · ${this.t.kinds[this.card.kind] || this.card.kind}`));
    this.face = new CardFace(this.card, this.lang, this.t, () => this.reveal()).render(box);
    this.controls = el('div', { class: 'practice-controls' },
      el('button', { class: 'primary reveal', type: 'button', onclick: () => this.reveal() },
        `${this.t.reveal} `, el('kbd', {}, 'Space')));
    box.append(this.controls);
    this.root.replaceChildren(box);
    showParent(box, this.card, this.lang, this.t.followsParent, (id) => this.all.find((c) => c.id === id));
    (this.face.firstInput(box) || this.controls.querySelector('button')).focus();
  }

  reveal() {
    if (this.revealed || !this.card) return;
    this.revealed = true;
    this.face.reveal();
    const grades = el('div', { class: 'grades', role: 'group' });
    [[1, 'again', this.t.again], [2, 'hard', this.t.hard], [3, 'good', this.t.good], [4, 'easy', this.t.easy]]
      .forEach(([n, cls, label]) => grades.append(el('button', { type: 'button', class: cls, 'data-grade': String(n),
        onclick: () => this.grade(n) }, el('span', {}, label), el('span', { class: 'ivl' }, el('kbd', {}, String(n))))));
    this.controls.replaceChildren(grades);
    grades.querySelector('.good').focus();
  }

  grade(n) {
    if (!this.revealed) return;
    this.grades[n]++;
    const card = this.queue.shift();
    if (n <= 2) this.marked.set(card.id, Math.min(n, this.marked.get(card.id) || n));
    // Cards answered "Again" come back at the end of this practice round.
    if (n === 1) this.queue.push(card);
    else this.doneCount++;
    this.show();
  }

  finish() {
    this.card = null;
    const marked = this.round.filter((c) => this.marked.has(c.id));
    const done = el('section', { class: 'card-box practice-done' },
      el('h2', {}, this.t.done), el('p', { class: 'practice-grades' }, this.t.summary(this.grades)));
    const actions = el('p', { class: 'practice-actions' });
    if (marked.length) {
      done.append(el('h3', {}, this.t.markedTitle(marked.length)));
      const list = el('ul', { class: 'practice-marked', role: 'list' });
      for (const card of marked) {
        const grade = this.marked.get(card.id);
        list.append(el('li', { 'data-card': card.id, 'data-grade': String(grade) },
          el('span', { class: `grade-tag ${grade === 1 ? 'again' : 'hard'}` }, grade === 1 ? this.t.again : this.t.hard),
          ' ', el('span', { class: 'marked-question' }, questionText(card, this.lang))));
      }
      done.append(list);
      actions.append(el('button', { type: 'button', class: 'primary practise-marked',
        onclick: () => this.restart(marked) }, this.t.practiseMarked(marked.length)), ' ');
    } else {
      done.append(el('p', { class: 'muted' }, this.t.noneMarked));
    }
    actions.append(el('button', { type: 'button', class: 'restart', onclick: () => this.restart() }, this.t.restart));
    done.append(actions);
    this.root.replaceChildren(done);
    this.root.querySelector('button').focus();
  }

  onKey(e) {
    if (!this.card || e.ctrlKey || e.metaKey) return;
    const typing = e.target.matches('input[type=text], textarea, select');
    const key = shortcutKey(e);
    if (!this.revealed) {
      const option = letterIndex(e);
      if ((key === ' ' || key === 'Enter') && !typing) {
        if (e.target.matches('button, input[type=checkbox], input[type=radio]') && key === ' ' && !e.target.classList.contains('reveal')) return;
        e.preventDefault();
        this.reveal();
      } else if (!typing && this.face.hasOptions && option >= 0) {
        e.preventDefault();
        this.face.toggle(option);
      }
      return;
    }
    if (['1', '2', '3', '4'].includes(key)) {
      e.preventDefault();
      this.grade(Number(key));
    } else if ((key === ' ' || key === 'Enter') && !e.target.matches('button')) {
      e.preventDefault();
      this.grade(3);
    }
  }
}

/** A card's question as plain text, for the summary list. */
function questionText(card, lang) {
  const holder = document.createElement('template');
  holder.innerHTML = sideOf(card, lang).front;
  const text = holder.content.textContent.replace(/\s+/g, ' ').trim();
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

const root = document.getElementById('practice');
if (root) new Practice(root).start();
