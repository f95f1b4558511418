// Mock interview page: the preparation countdown and answer timer (from the server's times, so a reload keeps
// them), the optional audio recorder (kept in this browser only, offered as a download, never uploaded), notes saved
// as they are typed, and the keys: Enter answers now, Ctrl+Enter shows the model answer, 1-4 rate, R records.
// Every step is a plain form, so the page also works without this script.

/** Recording formats in order of preference; Safari records only audio/mp4. */
export const RECORDING_TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4;codecs=mp4a.40.2',
  'audio/mp4', 'audio/webm'];

/** The first format the browser can record, or '' to let the browser choose. */
export function pickRecordingType(isTypeSupported) {
  if (typeof isTypeSupported !== 'function') return '';
  return RECORDING_TYPES.find((type) => {
    try { return isTypeSupported(type); } catch (e) { return false; }
  }) || '';
}

/** The file extension for a recorded type. */
export function extensionFor(type) {
  if (type.startsWith('audio/mp4')) return 'm4a';
  if (type.startsWith('audio/ogg')) return 'ogg';
  return 'webm';
}

const root = document.getElementById('interview');

function inField(target) {
  return target instanceof Element && target.matches('input, textarea, select, [contenteditable]');
}

function startTimers(skew) {
  const prep = document.getElementById('prep-timer');
  const answer = document.getElementById('answer-timer');
  const tick = () => {
    const now = Date.now() + skew;
    if (prep) {
      const left = Math.max(0, Math.ceil((Number(prep.dataset.endsAt) - now) / 1000));
      prep.querySelector('.seconds').textContent = String(left);
      if (left === 0 && !prep.dataset.done) {
        prep.dataset.done = '1';
        // the preparation is over: the answer timer runs from its end, as the server counts it
        document.getElementById('start-answer-form').requestSubmit();
      }
    }
    if (answer) {
      const seconds = Math.max(0, Math.floor((now - Number(answer.dataset.startedAt)) / 1000));
      answer.querySelector('.seconds').textContent = String(seconds);
      const target = Number(answer.dataset.target || 0);
      const over = target > 0 && seconds >= target;
      answer.classList.toggle('over', over);
      document.getElementById('over-time').hidden = !over;
    }
  };
  tick();
  setInterval(tick, 250);
}

function startNotes() {
  const form = document.getElementById('reveal-form');
  const notes = document.getElementById('notes');
  if (!form || !notes) return;
  const saved = document.getElementById('notes-saved');
  let timer = null;
  let sent = notes.value;
  const save = () => {
    timer = null;
    if (notes.value === sent) return;
    const body = new URLSearchParams(new FormData(form));
    const value = notes.value;
    fetch(form.dataset.notesUrl, { method: 'POST', body, credentials: 'same-origin' }).then((r) => {
      if (r.ok) { sent = value; saved.hidden = false; }
    }).catch(() => { /* offline: the notes go with the reveal form */ });
  };
  notes.addEventListener('input', () => {
    saved.hidden = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, 800);
  });
  notes.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
    } else if (e.key === 'Escape') {
      // out of the notes, so R records
      notes.blur();
      document.getElementById('question').focus({ preventScroll: true });
    }
  });
}

function startRecorder() {
  const box = document.getElementById('recorder');
  if (!box || typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) return null;
  box.hidden = false;
  const type = pickRecordingType(MediaRecorder.isTypeSupported?.bind(MediaRecorder));
  box.dataset.type = type;
  const toggle = document.getElementById('record-toggle');
  const state = document.getElementById('recording-state');
  const playback = document.getElementById('record-playback');
  const download = document.getElementById('record-download');
  let recorder = null;
  let chunks = [];
  const stop = () => { if (recorder && recorder.state !== 'inactive') recorder.stop(); };
  const start = async () => {
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (e) {
      toggle.disabled = true;
      toggle.textContent = box.dataset.denied;
      return;
    }
    recorder = type ? new MediaRecorder(stream, { mimeType: type }) : new MediaRecorder(stream);
    chunks = [];
    recorder.addEventListener('dataavailable', (e) => { if (e.data.size) chunks.push(e.data); });
    recorder.addEventListener('stop', () => {
      stream.getTracks().forEach((t) => t.stop());
      const recorded = recorder.mimeType || type || 'audio/webm';
      const url = URL.createObjectURL(new Blob(chunks, { type: recorded }));
      playback.src = url;
      playback.hidden = false;
      download.href = url;
      download.download = `interview-${root.dataset.interview.slice(0, 8)}-q${document.getElementById('question')
        .dataset.position}.${extensionFor(recorded)}`;
      download.hidden = false;
      state.hidden = true;
      toggle.firstChild.textContent = `${box.dataset.start} `;
    });
    recorder.start();
    state.hidden = false;
    toggle.firstChild.textContent = `${box.dataset.stop} `;
  };
  toggle.addEventListener('click', () => (recorder && recorder.state === 'recording' ? stop() : start()));
  return toggle;
}

function startKeys(recordToggle) {
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || inField(e.target)) return;
    const startAnswer = document.getElementById('start-answer');
    if (e.key === 'Enter' && startAnswer && !(e.target instanceof HTMLButtonElement)) {
      e.preventDefault();
      startAnswer.click();
      return;
    }
    if ((e.key === 'r' || e.key === 'R') && recordToggle && !recordToggle.disabled) {
      e.preventDefault();
      recordToggle.click();
      return;
    }
    const grade = document.querySelector(`#rate-form button[data-key="${e.key}"]`);
    if (grade) {
      e.preventDefault();
      grade.click();
    }
  });
}

if (root) {
  const skew = Number(root.dataset.now) - Date.now();
  startTimers(skew);
  startNotes();
  startKeys(startRecorder());
  const question = document.getElementById('question');
  // the question is where the keys act: put the reader there, and the caret in the notes while answering
  const notes = document.getElementById('notes');
  if (notes) {
    notes.focus();
    notes.setSelectionRange(notes.value.length, notes.value.length);
  } else if (question) {
    question.focus({ preventScroll: true });
  }
}
