// Shared card rendering for practice and review: the front with interactive cloze gaps, multiple-choice
// options and ordering lists, and the answer side once revealed. Used by practice.js and review.js.

export const LETTERS = 'abcdefgh';

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'html') node.innerHTML = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

export function shuffled(items) {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  // A shuffle that happens to be the answer teaches nothing.
  if (a.length > 1 && a.every((x, i) => x === items[i])) [a[0], a[1]] = [a[1], a[0]];
  return a;
}

const normalize = (s) => s.toLowerCase().replace(/[\s`'".,]+/g, ' ').trim();

/** The language side of a card as the content API sends it. */
export function sideOf(card, lang) {
  return lang === 'en' && card.en ? card.en : card.ko;
}

/**
 * One card on screen. `text` supplies gap, moveUp, moveDown, pickHint, orderHint, rightOrder and extra.
 * render(box) fills the box; toggle(i) picks choice option i; reveal() checks the interaction and shows the answer.
 */
export class CardFace {
  constructor(card, lang, text, onSubmit) {
    this.card = card;
    this.side = sideOf(card, lang);
    this.t = text;
    this.onSubmit = onSubmit;
    this.revealed = false;
    this.interaction = null;
  }

  render(box) {
    const front = el('div', { class: 'card-front', html: this.side.front });
    box.append(front);
    if (this.card.kind === 'cloze') this.interaction = this.cloze(front);
    if (this.card.kind === 'choice') this.interaction = this.choice(box);
    if (this.card.kind === 'order') this.interaction = this.order(box);
    this.answerArea = el('div', { class: 'card-answer', hidden: true });
    box.append(this.answerArea);
    return this;
  }

  /** The element that should have focus while the front is shown, if any (a cloze gap). */
  firstInput(box) {
    return box.querySelector('input.cloze-input');
  }

  toggle(i) {
    if (this.interaction && this.interaction.toggle && !this.revealed) this.interaction.toggle(i);
  }

  get hasOptions() {
    return Boolean(this.interaction && this.interaction.toggle);
  }

  cloze(front) {
    const inputs = [];
    front.querySelectorAll('.cloze-hidden').forEach((span) => {
      const input = el('input', { class: 'cloze-input', type: 'text', 'aria-label': `${this.t.gap}: ${span.textContent}`,
        placeholder: span.textContent, autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false',
        size: Math.max(6, span.dataset.answer.length) });
      input.dataset.answer = span.dataset.answer;
      input.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') { e.preventDefault(); e.stopPropagation(); this.onSubmit(); }
      });
      span.replaceWith(input);
      inputs.push(input);
    });
    return {
      check: () => inputs.forEach((input) => {
        const ok = normalize(input.value) === normalize(input.dataset.answer);
        const mark = el('span', { class: ok ? 'correct' : 'incorrect' },
          ok ? ` ✔ ${input.dataset.answer}` : ` ✘ ${input.dataset.answer}`);
        input.disabled = true;
        input.after(mark);
      }),
    };
  }

  choice(box) {
    const options = this.side.options;
    const multiple = options.filter((o) => o.correct).length > 1;
    const list = el('ol', { class: 'options', type: 'A', role: multiple ? 'group' : 'radiogroup' });
    const name = `choice-${this.card.id}`;
    const inputs = options.map((o, i) => {
      const input = el('input', { type: multiple ? 'checkbox' : 'radio', name, value: String(i) });
      list.append(el('li', { class: 'option' }, el('label', {}, input, ' ', el('kbd', {}, LETTERS[i]), ' ',
        el('span', { html: o.html }))));
      return input;
    });
    box.append(el('p', { class: 'muted' }, this.t.pickHint), list);
    return {
      toggle: (i) => {
        if (!inputs[i]) return;
        inputs[i].checked = multiple ? !inputs[i].checked : true;
      },
      check: () => options.forEach((o, i) => {
        const li = list.children[i];
        inputs[i].disabled = true;
        li.classList.add(o.correct ? 'correct' : 'incorrect');
        const verdict = o.correct === inputs[i].checked ? '✔' : '✘';
        li.append(el('div', { class: 'option-explanation' }, `${verdict} `, el('span', { html: o.explanation || '' })));
      }),
    };
  }

  order(box) {
    const correct = this.side.steps;
    const list = el('ol', { class: 'order-list' });
    let current = shuffled(correct);
    const move = (i, delta, refocus) => {
      const j = i + delta;
      if (j < 0 || j >= current.length || this.revealed) return;
      [current[i], current[j]] = [current[j], current[i]];
      render();
      if (refocus) list.children[j].focus();
    };
    const render = () => {
      list.replaceChildren(...current.map((html, i) => {
        const li = el('li', { tabindex: '0', 'data-step': String(correct.indexOf(html)) }, el('span', { html }));
        li.addEventListener('keydown', (e) => {
          if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
            e.preventDefault();
            e.stopPropagation();
            move(i, e.key === 'ArrowUp' ? -1 : 1, true);
          }
        });
        li.append(' ',
          el('button', { type: 'button', class: 'move', 'aria-label': this.t.moveUp, onclick: () => move(i, -1) }, '↑'),
          el('button', { type: 'button', class: 'move', 'aria-label': this.t.moveDown, onclick: () => move(i, 1) }, '↓'));
        return li;
      }));
    };
    render();
    box.append(el('p', { class: 'muted' }, this.t.orderHint), list);
    return {
      check: () => {
        [...list.children].forEach((li, i) => {
          li.classList.add(current[i] === correct[i] ? 'correct' : 'incorrect');
          li.querySelectorAll('button').forEach((b) => b.remove());
        });
      },
    };
  }

  reveal() {
    if (this.revealed) return false;
    this.revealed = true;
    if (this.interaction) this.interaction.check();
    const side = this.side;
    this.answerArea.hidden = false;
    if (this.card.kind === 'order') {
      this.answerArea.append(el('p', {}, el('strong', {}, this.t.rightOrder)),
        el('ol', { class: 'steps' }, ...side.steps.map((s) => el('li', { html: s }))));
    }
    if (side.back) this.answerArea.append(el('div', { class: 'card-back', html: side.back }));
    if (side.extra) this.answerArea.append(el('aside', { class: 'card-extra' }, el('strong', {}, `${this.t.extra} `),
      el('span', { html: side.extra })));
    return true;
  }
}
