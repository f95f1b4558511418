// The review screen: due counts, the card, Space/Enter to reveal (then Good), 1-4 to grade with the next
// interval on each button, and u (undo), - (bury), @ (suspend), * (flag), i (card info), ? (shortcuts).
// Every shown card gets its own idempotency key, so a retried grade is never recorded twice.

import { CardFace, el } from './card-view.js';
import { letterIndex, shortcutKey } from './keyboard.js';

const GRADES = [[1, 'again'], [2, 'hard'], [3, 'good'], [4, 'easy']];

function readText() {
  const t = {};
  const template = document.getElementById('study-text');
  template.content.querySelectorAll('[data-k]').forEach((span) => { t[span.dataset.k] = span.textContent; });
  return t;
}

/** A random UUID; crypto.randomUUID needs a secure context, which a self-hosted http install may not be. */
function uuid() {
  if (window.crypto.randomUUID) return window.crypto.randomUUID();
  const b = window.crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

class Review {
  constructor(root) {
    this.root = root;
    this.lang = root.dataset.lang === 'en' ? 'en' : 'ko';
    this.topics = (root.dataset.topics || '').split(',').filter(Boolean);
    this.t = readText();
    this.countsEl = document.getElementById('review-counts');
    this.stage = document.getElementById('review-card');
    this.toastEl = document.getElementById('review-toast');
    this.actionsEl = document.getElementById('review-actions');
    this.helpDialog = document.getElementById('review-help');
    this.flagDialog = document.getElementById('review-flag');
    // Enter sends the reason (Shift+Enter for a new line), so flagging works by keyboard alone.
    this.flagDialog.querySelector('textarea').addEventListener('keydown', (e) => {
      if (shortcutKey(e) === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        this.flagDialog.close('flag');
      }
    });
    this.infoDialog = document.getElementById('review-info');
    this.undoStack = [];
    this.item = null;
    this.busy = false;
    document.getElementById('review-actions').addEventListener('click', (e) => {
      const button = e.target.closest('button[data-action]');
      if (button) this.action(button.dataset.action);
    });
    document.addEventListener('keydown', (e) => this.onKey(e));
  }

  async api(method, path, body) {
    const headers = { Accept: 'application/json' };
    // Always JSON: browsers do not send JSON across sites without a CORS preflight, which is the CSRF guard.
    if (method !== 'GET') headers['Content-Type'] = 'application/json';
    const res = await fetch(path, { method, headers, credentials: 'same-origin',
      body: method === 'GET' ? undefined : JSON.stringify(body || {}) });
    let data = null;
    try { data = await res.json(); } catch (e) { data = null; }
    if (res.status === 401) window.location.assign(`/login?next=${encodeURIComponent(location.pathname + location.search)}`);
    return { status: res.status, data };
  }

  dueUrl() {
    const params = new URLSearchParams();
    this.topics.forEach((t) => params.append('topic', t));
    params.set('limit', '1');
    if (this.ahead) params.set('ahead', String(this.ahead));
    return `/api/study/due?${params}`;
  }

  async next() {
    clearTimeout(this.wakeTimer);
    const { status, data } = await this.api('GET', this.dueUrl());
    if (status !== 200) {
      this.stage.replaceChildren(el('p', { class: 'flash error' }, this.t.failed));
      return;
    }
    this.renderCounts(data.counts, data.cards[0] && data.cards[0].queue);
    if (data.cards.length) this.showCard(data.cards[0]);
    else this.finish(data);
  }

  renderCounts(counts, current) {
    const part = (cls, n, label) => el('span', { class: `count ${cls}${current === cls ? ' current' : ''}`,
      title: label, 'data-count': cls }, String(n));
    this.countsEl.replaceChildren(part('new', counts.new, this.t.countNew), ' · ',
      part('learning', counts.learning, this.t.countLearning), ' · ',
      part('review', counts.review, this.t.countReview));
    this.countsEl.setAttribute('aria-label',
      `${this.t.countNew} ${counts.new}, ${this.t.countLearning} ${counts.learning}, ${this.t.countReview} ${counts.review}`);
  }

  showCard(item) {
    this.item = item;
    this.actionsEl.hidden = false;
    this.key = uuid();
    this.shownAt = performance.now();
    this.revealed = false;
    const card = item.card;
    const box = el('article', { class: 'card-box review-card', 'data-card': card.id, 'data-kind': card.kind,
      'data-queue': item.queue, 'data-version': String(item.version) });
    this.badge = el('span', { class: 'flag-badge', hidden: !item.flagged }, ` ★ ${this.t.flagBadge}`);
    box.append(el('p', { class: 'muted card-meta' }, this.t[`kind_${card.kind}`] || card.kind, ` · ${item.topicTitle}`,
      this.badge));
    this.face = new CardFace(card, this.lang, this.t, () => this.reveal()).render(box);
    this.controls = el('div', { class: 'review-controls' },
      el('button', { class: 'primary reveal', type: 'button', onclick: () => this.reveal() },
        `${this.t.reveal} `, el('kbd', {}, 'Space')));
    box.append(this.controls);
    this.stage.replaceChildren(box);
    (this.face.firstInput(box) || this.controls.querySelector('button')).focus();
  }

  reveal() {
    if (!this.item || this.revealed) return;
    this.revealed = true;
    this.face.reveal();
    const grades = el('div', { class: 'grades review-grades', role: 'group' });
    GRADES.forEach(([n, name]) => {
      const interval = this.item.intervals.find((i) => i.rating === n);
      grades.append(el('button', { type: 'button', class: name, 'data-grade': String(n), onclick: () => this.grade(n) },
        el('span', { class: 'ivl', 'data-interval': interval.seconds }, interval.label),
        el('span', { class: 'grade-name' }, this.t[name]),
        el('kbd', {}, String(n))));
    });
    this.controls.replaceChildren(grades);
    grades.querySelector('.good').focus();
  }

  async grade(n) {
    if (!this.item || !this.revealed || this.busy) return;
    this.busy = true;
    const item = this.item;
    const body = { rating: n, idempotencyKey: this.key, answerMs: Math.round(performance.now() - this.shownAt),
      expectedVersion: item.version };
    let result = null;
    // The same key on every try: a grade that reached the server before the connection dropped is not doubled.
    for (let attempt = 0; attempt < 3 && !result; attempt++) {
      try {
        result = await this.api('POST', `/api/study/cards/${encodeURIComponent(item.card.id)}/grade`, body);
      } catch (e) {
        result = null;
      }
    }
    try {
      if (result && result.status === 200) {
        this.undoStack.push({ reviewId: result.data.reviewId });
        this.toast(result.data.leech ? this.t.leech : `${this.t[GRADES[n - 1][1]]} · ${result.data.interval}`);
        this.root.dataset.lastReview = String(result.data.reviewId);
      } else if (result && result.status === 409) {
        this.toast(this.t.stale);
      } else {
        this.toast(this.t.failed);
        return;
      }
      await this.next();
    } finally {
      this.busy = false;
    }
  }

  /** Takes back the last action of any kind (grade, bury, suspend, flag), one more on each press. */
  async undo() {
    if (this.busy) return;
    this.busy = true;
    try {
      const top = this.undoStack.pop();
      // After a reload the stack is empty; the server then undoes the learner's latest action.
      const { status, data } = await this.api('POST', '/api/study/undo', top || {});
      if (status === 200) {
        this.toast(this.undoneText(data));
        const due = await this.api('GET', this.dueUrl());
        if (due.status === 200) this.renderCounts(due.data.counts, data.card.queue);
        this.showCard(data.card);
      } else if (status === 404) {
        this.toast(this.t.nothingToUndo);
      } else {
        this.toast(this.t.failed);
      }
    } finally {
      this.busy = false;
    }
  }

  undoneText(data) {
    if (data.action === 'grade') {
      return this.t.undone_grade.replace('__GRADE__', this.t[GRADES[data.rating - 1][1]]);
    }
    return this.t[`undone_${data.action}`] || this.t.undone;
  }

  async mark(path, body, message) {
    if (!this.item || this.busy) return null;
    this.busy = true;
    try {
      const { status, data } = await this.api('POST',
        `/api/study/cards/${encodeURIComponent(this.item.card.id)}/${path}`, body);
      if (status !== 200) {
        this.toast(this.t.failed);
        return null;
      }
      this.toast(typeof message === 'function' ? message(data) : message);
      // A mark that changed something can be taken back with u, like a grade.
      if (data.actionId) this.undoStack.push({ actionId: data.actionId });
      return data;
    } finally {
      this.busy = false;
    }
  }

  async action(name) {
    if (name === 'undo') return this.undo();
    if (name === 'help') return this.helpDialog.showModal();
    if (!this.item) return null;
    if (name === 'bury') {
      if (await this.mark('bury', {}, this.t.buried)) await this.next();
    } else if (name === 'suspend') {
      if (await this.mark('suspend', { suspended: true }, this.t.suspended)) await this.next();
    } else if (name === 'flag') {
      const body = { flagged: !this.item.flagged };
      if (body.flagged) {
        const reason = await this.askFlagReason();
        if (reason === null) return null;
        if (reason) body.reason = reason;
      }
      const data = await this.mark('flag', body,
        (d) => (d.flagged ? this.t.flagged : this.t.unflagged));
      if (data) {
        this.item.flagged = data.flagged;
        this.badge.hidden = !data.flagged;
      }
    } else if (name === 'info') {
      await this.info();
    }
    return null;
  }

  /** Asks why the card is flagged: the reason typed (maybe empty), or null when the learner cancels. */
  askFlagReason() {
    const dialog = this.flagDialog;
    const field = dialog.querySelector('textarea');
    field.value = '';
    return new Promise((resolve) => {
      dialog.returnValue = '';
      dialog.addEventListener('close', () => {
        resolve(dialog.returnValue === 'flag' ? field.value.trim() : null);
      }, { once: true });
      dialog.showModal();
      field.focus();
    });
  }

  async info() {
    const { status, data } = await this.api('GET', `/api/study/cards/${encodeURIComponent(this.item.card.id)}/history`);
    if (status !== 200) return this.toast(this.t.failed);
    const fmt = (iso) => (iso ? new Date(iso).toLocaleString(this.lang) : '—');
    const num = (x, digits = 2) => (x ? Number(x).toFixed(digits) : '—');
    const facts = [
      [this.t.infoState, this.t[`state_${data.state}`] + (data.suspended ? ` · ${this.t.infoSuspended}` : '')
        + (data.leech ? ` · ${this.t.infoLeech}` : '')],
      [this.t.infoDue, fmt(data.due)],
      [this.t.infoStability, data.stability ? `${num(data.stability)} d` : '—'],
      [this.t.infoDifficulty, num(data.difficulty)],
      [this.t.infoRetrievability, data.reps ? `${(data.retrievability * 100).toFixed(1)}%` : '—'],
      [this.t.infoReps, String(data.reps)],
      [this.t.infoLapses, String(data.lapses)],
      [this.t.infoFirst, fmt(data.firstReview)],
      [this.t.infoLast, fmt(data.lastReview)],
      [this.t.infoTime, `${Math.round(data.totalAnswerMs / 1000)} s`],
    ];
    const dl = el('dl', { class: 'info-facts' });
    facts.forEach(([k, v]) => dl.append(el('dt', {}, k), el('dd', {}, v)));
    const body = [el('p', { class: 'muted' }, data.cardId), dl, el('h3', {}, this.t.infoReviews)];
    if (!data.reviews.length) {
      body.push(el('p', { class: 'muted' }, this.t.infoNever));
    } else {
      const rows = data.reviews.slice().reverse().map((r) => el('tr', { class: r.undoneAt ? 'undone' : '' },
        el('td', {}, fmt(r.reviewedAt)), el('td', { class: r.grade }, this.t[r.grade]),
        el('td', {}, r.interval), el('td', {}, `${(r.answerMs / 1000).toFixed(1)} s`),
        el('td', {}, r.undoneAt ? this.t.infoUndone : '')));
      body.push(el('table', { class: 'history' }, el('thead', {}, el('tr', {}, el('th', {}, this.t.infoDate),
        el('th', {}, this.t.infoRating), el('th', {}, this.t.infoInterval), el('th', {}, this.t.infoTime),
        el('th', {}, ''))), el('tbody', {}, ...rows)));
    }
    this.infoDialog.querySelector('.info-body').replaceChildren(...body);
    this.infoDialog.showModal();
    return null;
  }

  /** Nothing is due: say when something will be, and offer more new cards, reviewing ahead or practice. */
  finish(data) {
    this.item = null;
    // The card toolbar and the last card's message belong to a card; with none shown they would mislead.
    this.actionsEl.hidden = true;
    this.toast('');
    const when = (iso) => new Date(iso).toLocaleString(this.lang, { month: 'short', day: 'numeric',
      weekday: 'short', hour: '2-digit', minute: '2-digit' });
    const parts = [el('h2', {}, this.t.doneTitle)];
    if (data.nextLearningAt) {
      const at = new Date(data.nextLearningAt);
      parts.push(el('p', { class: 'done-next-learning' }, this.t.doneNext.replace('__TIME__',
        at.toLocaleTimeString(this.lang, { hour: '2-digit', minute: '2-digit' }))));
      // Come back by ourselves when the learning card is due.
      this.wakeTimer = setTimeout(() => this.next(), Math.max(1000, at.getTime() - Date.now() + 500));
    } else if (data.nextDueAt) {
      parts.push(el('p', { class: 'done-next-due' }, this.t.doneNextDue.replace('__TIME__', when(data.nextDueAt))));
    }
    const offers = el('p', { class: 'done-offers' });
    if (data.newWaiting > 0) {
      const more = Math.min(10, data.newWaiting);
      parts.push(el('p', { class: 'done-new-waiting' }, this.t.doneNewWaiting.replace('__N__', String(data.newWaiting))));
      offers.append(el('button', { type: 'button', class: 'primary', 'data-offer': 'more-new',
        onclick: () => this.studyMoreNew(more) }, this.t.doneMoreNew.replace('__N__', String(more))), ' ');
    }
    if (data.nextDueAt && !this.ahead) {
      offers.append(el('button', { type: 'button', 'data-offer': 'ahead', onclick: () => { this.ahead = 7; this.next(); } },
        this.t.doneAhead), ' ');
    }
    const practice = this.topics.length === 1 ? `/topics/${encodeURIComponent(this.topics[0])}/practice` : '/practice';
    offers.append(el('a', { class: 'btn', href: practice, 'data-offer': 'practise' }, this.t.donePractise));
    parts.push(offers, el('p', {}, el('a', { href: '/stats' }, this.t.doneStats)));
    this.stage.replaceChildren(el('section', { class: 'card-box review-done' }, ...parts));
    const first = offers.querySelector('button, a');
    if (first) first.focus();
  }

  async studyMoreNew(more) {
    const { status } = await this.api('POST', '/api/study/more-new', { more });
    if (status !== 200) return this.toast(this.t.failed);
    return this.next();
  }

  toast(message) {
    this.toastEl.textContent = message;
  }

  onKey(e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (this.helpDialog.open || this.infoDialog.open || this.flagDialog.open) return;
    const target = e.target;
    if (target.matches('input[type=text], textarea, select')) return;
    const key = shortcutKey(e);
    if (key === '?') { e.preventDefault(); this.helpDialog.showModal(); return; }
    if (key === 'u') { e.preventDefault(); this.undo(); return; }
    if (!this.item) return;
    if (key === ' ' || key === 'Enter') {
      // Let focused toolbar buttons and option inputs do their own thing.
      if (target.closest('#review-actions') || (key === ' ' && target.matches('input[type=checkbox], input[type=radio]'))) return;
      if (target.matches('.order-list li') && key === ' ') return;
      e.preventDefault();
      if (!this.revealed) this.reveal();
      else this.grade(3);
      return;
    }
    if (['1', '2', '3', '4'].includes(key)) {
      e.preventDefault();
      if (this.revealed) this.grade(Number(key));
      return;
    }
    const actions = { '-': 'bury', '@': 'suspend', '*': 'flag', i: 'info' };
    if (actions[key]) {
      e.preventDefault();
      this.action(actions[key]);
      return;
    }
    const option = letterIndex(e);
    if (!this.revealed && this.face.hasOptions && option >= 0) {
      e.preventDefault();
      this.face.toggle(option);
    }
  }
}

const root = document.getElementById('review');
if (root) new Review(root).next();
