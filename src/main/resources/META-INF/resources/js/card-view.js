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
 * One card on screen. `text` supplies gap, moveUp, moveDown, pickHint, orderHint, dragHint, rightOrder, extra and the
 * choice verdict's words: choiceRight, choiceWrong, youPicked, pickedNothing, correctWas, theAnswer, yourPick, missed.
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
    // One label per option: its letter, which is also its key; the list draws no markers of its own.
    const list = el('ul', { class: 'options', role: multiple ? 'group' : 'radiogroup' });
    const name = `choice-${this.card.id}`;
    const inputs = options.map((o, i) => {
      const input = el('input', { type: multiple ? 'checkbox' : 'radio', name, value: String(i) });
      list.append(el('li', { class: 'option' }, el('label', { class: 'option-label' }, input,
        el('kbd', { class: 'option-key' }, LETTERS[i].toUpperCase()), el('span', { class: 'option-text', html: o.html }))));
      return input;
    });
    box.append(el('p', { class: 'muted key-hint' }, this.t.pickHint), list);
    const letters = (test) => options.map((o, i) => (test(o, i) ? LETTERS[i].toUpperCase() : null))
      .filter(Boolean).join(', ');
    return {
      toggle: (i) => {
        if (!inputs[i]) return;
        inputs[i].checked = multiple ? !inputs[i].checked : true;
      },
      check: () => {
        const picked = inputs.map((input) => input.checked);
        const right = options.every((o, i) => o.correct === picked[i]);
        const verdict = el('p', { class: `choice-verdict ${right ? 'correct' : 'incorrect'}`, role: 'status' },
          el('strong', {}, right ? this.t.choiceRight : this.t.choiceWrong), ' ',
          el('span', {}, `${this.t.youPicked} ${letters((o, i) => picked[i]) || this.t.pickedNothing}`), ' · ',
          el('span', {}, `${this.t.correctWas} ${letters((o) => o.correct)}`));
        list.before(verdict);
        options.forEach((o, i) => {
          const li = list.children[i];
          inputs[i].disabled = true;
          // Marks say what the option is, never a tick on an option that was wrong to pick.
          if (o.correct) li.classList.add('correct', 'is-answer');
          if (picked[i]) li.classList.add('picked');
          if (picked[i] && !o.correct) li.classList.add('incorrect');
          const tags = [];
          if (o.correct) tags.push(el('span', { class: 'option-tag answer' }, `✔ ${this.t.theAnswer}`));
          if (picked[i]) tags.push(el('span', { class: `option-tag ${o.correct ? 'pick' : 'wrong-pick'}` },
            o.correct ? this.t.yourPick : `✘ ${this.t.yourPick}`));
          if (o.correct && !picked[i]) tags.push(el('span', { class: 'option-tag missed' }, this.t.missed));
          li.append(el('div', { class: 'option-explanation' }, ...tags,
            o.explanation ? el('span', { html: o.explanation }) : null));
        });
      },
    };
  }

  order(box) {
    const correct = this.side.steps;
    const list = el('ol', { class: 'order-list' });
    let current = shuffled(correct);
    const move = (i, delta, focusButton) => {
      const j = i + delta;
      if (j < 0 || j >= current.length || this.revealed) return;
      [current[i], current[j]] = [current[j], current[i]];
      render();
      // Focus follows the step, on the control that moved it, so the next key press moves it again.
      const target = list.children[j];
      (focusButton ? target.querySelector(`button.${focusButton}`) : target).focus();
    };
    const moveButton = (cls, label, delta, index) => {
      const button = el('button', { type: 'button', class: `move ${cls}`, 'aria-label': label }, delta < 0 ? '↑' : '↓');
      button.addEventListener('click', () => move(index, delta, cls));
      // Enter and Space belong to the button here, not to the page's "show answer" key.
      button.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          move(index, delta, cls);
        }
      });
      return button;
    };
    const render = () => {
      list.replaceChildren(...current.map((html, i) => {
        const li = el('li', { tabindex: '0', 'data-step': String(correct.indexOf(html)) },
          el('span', { class: 'drag-handle', 'aria-hidden': 'true', title: this.t.dragHint || '' }, '⠿'),
          el('span', { class: 'step-text', html }));
        li.addEventListener('keydown', (e) => {
          if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
            e.preventDefault();
            e.stopPropagation();
            move(i, e.key === 'ArrowUp' ? -1 : 1, null);
          }
        });
        li.append(el('span', { class: 'move-buttons' }, moveButton('move-up', this.t.moveUp, -1, i),
          moveButton('move-down', this.t.moveDown, 1, i)));
        return li;
      }));
    };
    render();
    this.dragToReorder(list, () => current, (order) => { current = order; render(); });
    box.append(el('p', { class: 'muted key-hint' }, this.t.orderHint), list);
    return {
      check: () => {
        [...list.children].forEach((li, i) => {
          li.classList.add(current[i] === correct[i] ? 'correct' : 'incorrect');
          li.querySelectorAll('button, .drag-handle').forEach((b) => b.remove());
        });
      },
    };
  }

  /**
   * Touch and mouse: drag a step by its handle; the others make room as it passes their middle. Pointer events,
   * so a finger, a pen and a mouse all work; the step lands where it is released.
   */
  dragToReorder(list, getOrder, setOrder) {
    let dragged = null;
    list.addEventListener('pointerdown', (e) => {
      const handle = e.target.closest('.drag-handle');
      if (!handle || this.revealed) return;
      e.preventDefault();
      dragged = handle.closest('li');
      dragged.classList.add('dragging');
      handle.setPointerCapture(e.pointerId);
    });
    list.addEventListener('pointermove', (e) => {
      if (!dragged) return;
      const others = [...list.children].filter((li) => li !== dragged);
      const before = others.find((li) => {
        const box = li.getBoundingClientRect();
        return e.clientY < box.top + box.height / 2;
      });
      if (before) list.insertBefore(dragged, before);
      else list.append(dragged);
    });
    const drop = () => {
      if (!dragged) return;
      const order = getOrder();
      const steps = this.side.steps;
      const next = [...list.children].map((li) => steps[Number(li.dataset.step)]);
      const moved = dragged;
      dragged = null;
      moved.classList.remove('dragging');
      if (next.length === order.length) setOrder(next);
    };
    list.addEventListener('pointerup', drop);
    list.addEventListener('pointercancel', drop);
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
