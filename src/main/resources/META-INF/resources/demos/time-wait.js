// PrepDeck TIME_WAIT widget: a real TCP close on the server's Linux kernel (streamed from
// /api/demos/time-wait) and a client-side simulation of what a kernel won't show on demand.
// Mounts on every [data-demo="time-wait"]; texts follow data-lang (ko or en). No build step.

const API = '/api/demos/time-wait';
const STYLES = '/css/demo-time-wait.css';
const CARDS = '/topics/tcp-time-wait#card-';
const SVG = 'http://www.w3.org/2000/svg';
const RING_RADIUS = 52;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;

const TEXT = {
  ko: {
    title: 'TIME_WAIT 실시간 — 진짜 커널',
    realBadge: '실제 커널',
    intro: '서버가 127.0.0.1에서 실제 TCP 연결을 열고 정한 순서대로 닫습니다. 아래 상태와 타이머는 커널 소켓 표(/proc/net/tcp6)를 읽은 그대로입니다.',
    startClient: '클라이언트가 먼저 닫기',
    startServer: '서버가 먼저 닫기',
    idle: '버튼을 누르면 실제 연결 하나를 닫아 봅니다.',
    starting: '연결을 여는 중…',
    running: '진행 중: 커널 표를 읽고 있습니다.',
    finished: '끝: 커널이 TIME_WAIT 소켓을 표에서 지웠습니다.',
    stopped: '멈춤',
    endReasons: {
      'socket-gone': '소켓이 사라졌습니다',
      'max-duration': '최대 실행 시간에 도달했습니다',
      'viewer-left': '보는 사람이 없어 중단했습니다',
      shutdown: '서버가 종료되었습니다',
      error: '소켓 오류',
    },
    limited: (s) => `지금은 실행이 너무 많습니다. ${s}초 뒤에 다시 시도하세요. (아래 시뮬레이션은 바로 쓸 수 있습니다)`,
    unavailable: '이 호스트에서는 실제 실행을 할 수 없습니다(리눅스 /proc/net/tcp 없음). 아래 시뮬레이션은 그대로 동작합니다.',
    failed: '요청이 실패했습니다.',
    lostStream: '이벤트 스트림이 끊겼습니다. 다시 연결을 시도합니다…',
    client: '클라이언트',
    server: '서버',
    active: '먼저 닫는 쪽(능동 종료)',
    passive: '나중에 닫는 쪽(수동 종료)',
    stateNow: '현재 상태',
    seen: '커널에서 본 상태',
    gone: '표에서 사라짐',
    listedIn: (table, addr) => `/proc/net/${table}에 ${addr}로 표시`,
    reuse: (on) => `SO_REUSEADDR ${on ? '켜짐' : '꺼짐'}`,
    announceState: (end, state) => `${end}: ${state}`,
    whoCard: '누가 TIME_WAIT에 들어가나?',
    ladder: '패킷 사다리 (커널 상태로 증명된 순간)',
    ladderNote: '루프백에서는 패킷을 직접 잡지 않고, 각 세그먼트가 도착했음을 커널 상태 변화로 확인합니다.',
    pending: '대기',
    steps: '이 실행이 한 소켓 호출',
    ring: '커널 TIME_WAIT 타이머',
    ringWaiting: 'TIME_WAIT을 기다리는 중',
    ringLeft: (sec) => `${sec} s 남음`,
    ringTicks: (ticks, hz) => `tm->when = ${ticks} 틱 (USER_HZ ${hz})`,
    ringGone: (lived, left) => `TIME_WAIT에서 처음 본 뒤 ${lived}초 만에 사라짐 (그때 커널 타이머 ${left}초)`,
    linuxCard: '리눅스는 왜 60초인가?',
    rebind: '다시 bind 해 보기 (TIME_WAIT 중)',
    rebindCols: ['대상', '이전 소켓 SO_REUSEADDR', '새 소켓 SO_REUSEADDR', '결과'],
    rebindMain: 'TIME_WAIT 소켓 주소',
    rebindControl: '대조군: 설정이 반대인 두 번째 연결',
    bound: '성공 (bind됨)',
    on: '켜짐',
    off: '꺼짐',
    rebindWhy: '리눅스에서 TIME_WAIT가 잡고 있는 포트를 다시 bind하려면 이전 소켓과 새 소켓이 모두 SO_REUSEADDR를 켜야 합니다. Java의 ServerSocket은 리눅스에서 기본으로 켜고(accept된 소켓도 물려받음), Java 클라이언트 Socket은 기본으로 끕니다. 그래서 클라이언트가 먼저 닫으면 새 소켓에 SO_REUSEADDR를 켜도 실패합니다. 세 번째 줄은 반대 설정으로 만든 연결이라 두 결과를 한 번에 볼 수 있습니다.',
    reuseCard: 'SO_REUSEADDR는 무엇을 바꾸나?',
    facts: '이 호스트의 커널 값',
    factsWaiting: '실행을 시작하면 표시됩니다.',
    factText: {
      tcpFinTimeout: '고아 소켓이 FIN_WAIT2에서 상대 FIN을 기다리는 시간. TIME_WAIT 길이(리눅스 고정 60초)는 바꾸지 않습니다.',
      tcpTwReuse: '0 끔, 1 켬, 2 루프백만: 타임스탬프로 안전할 때 새 connect()가 TIME_WAIT 4-튜플을 재사용. bind()와는 무관합니다.',
      tcpMaxTwBuckets: '동시에 유지하는 TIME_WAIT 소켓 최대 수. 넘으면 새 TIME_WAIT 소켓을 바로 없애고 경고를 남깁니다.',
      timeWaitNow: '지금 TIME_WAIT 상태인 소켓 수(/proc/net/sockstat의 tw, 이 데모의 소켓 포함).',
    },
    simTitle: '시뮬레이션 (커널이 아닌 모델)',
    simBadge: '시뮬레이션',
    simIntro: '커널이 마음대로 보여 주지 않는 상황을 단계별 모델로 봅니다. 위의 실제 실행과 달리 이 부분은 브라우저 안에서만 계산합니다.',
    loseAck: '마지막 ACK 잃어버리기',
    delayed: '이전 연결의 지연된 세그먼트',
    msl: 'MSL',
    mslHint: (msl) => `TIME_WAIT = 2 × MSL = ${2 * msl}초 (리눅스는 MSL과 상관없이 60초 고정)`,
    prev: '이전',
    next: '다음 단계',
    play: '재생',
    pause: '일시정지',
    reset: '처음으로',
    simClock: (t) => `모델 시각 t = ${t}초`,
    simDeadline: (s) => `TIME_WAIT 남은 시간 ${s}초`,
    stepOf: (i, n) => `${i}/${n}단계`,
    lastAckCard: '마지막 ACK가 사라지면?',
    oldSegCard: '늦게 온 옛 세그먼트는?',
    sim: {
      start: '두 쪽 모두 ESTABLISHED. 클라이언트가 먼저 닫습니다.',
      fin1: '클라이언트가 FIN을 보내고 FIN_WAIT1로.',
      ack1: '서버가 FIN에 ACK하고 CLOSE_WAIT로, 클라이언트는 ACK를 받고 FIN_WAIT2로.',
      fin2: '서버 애플리케이션이 close(): FIN을 보내고 LAST_ACK로.',
      ack2: '클라이언트가 마지막 ACK를 보내고 TIME_WAIT로 (2MSL 타이머 시작). 서버는 ACK를 받고 CLOSED.',
      ack2lost: '클라이언트가 마지막 ACK를 보내고 TIME_WAIT로 — 그런데 ACK가 사라졌습니다. 서버는 여전히 LAST_ACK.',
      finRetx: '서버의 재전송 타이머가 만료되어 FIN을 다시 보냅니다.',
      ackAgain: 'TIME_WAIT 덕분에 클라이언트가 FIN을 알아보고 다시 ACK하며 2MSL 타이머를 처음부터 다시 셉니다. 서버는 CLOSED. (TIME_WAIT 없이 CLOSED였다면 RST로 답해 서버가 오류를 봤을 것)',
      oldSegment: '이전 연결에서 늦게 온 데이터 세그먼트가 도착합니다. TIME_WAIT가 이 4-튜플을 붙들고 있으므로 새 연결로 섞이지 않고 버려집니다.',
      twEnd: '2MSL이 지나 TIME_WAIT 끝: 이전 연결의 세그먼트는 모두 수명(MSL)을 넘겨 사라졌으니 같은 4-튜플을 다시 써도 안전합니다.',
    },
    states: {
      ESTABLISHED: '연결됨, 데이터 교환 중',
      FIN_WAIT1: 'FIN을 보냈고 ACK를 기다림',
      FIN_WAIT2: 'FIN이 ACK됨, 상대 FIN을 기다림',
      CLOSE_WAIT: '상대 FIN을 받음, 내 애플리케이션의 close()를 기다림',
      LAST_ACK: '내 FIN을 보냄, 마지막 ACK를 기다림',
      TIME_WAIT: '마지막 ACK를 보냄, 2MSL 동안 대기',
      CLOSING: '양쪽이 동시에 FIN을 보냄',
      CLOSED: '커널 표에 없음',
    },
    actions: {
      connect: (e) => `${e}: connect()`,
      accept: (e) => `${e}: accept()`,
      exchange: (e, b) => `양쪽: 인사 메시지 교환 (${b} B)`,
      'shutdown-output': (e, b) => `${e}: shutdownOutput() — 상대가 아직 읽지 않은 ${b} B 뒤에 FIN이 줄을 섬 (느린 수신자), 그래서 FIN_WAIT1이 보일 만큼 오래 갑니다`,
      'read-to-eof': (e, b) => `${e}: ${b} B를 읽고 read()가 -1 (상대의 FIN) → close() 전까지 CLOSE_WAIT`,
      close: (e, b) => `${e}: close() — FIN이 ${b} B 뒤에 줄을 섬 → LAST_ACK`,
      'read-to-eof-and-close': (e, b) => `${e}: ${b} B를 읽고 FIN(-1)을 받은 뒤 close()`,
    },
  },
  en: {
    title: 'TIME_WAIT live — the real kernel',
    realBadge: 'real kernel',
    intro: 'The server opens a real TCP connection on 127.0.0.1 and closes it in the order you pick. The states and the timer below are read straight from the kernel\'s socket table (/proc/net/tcp6).',
    startClient: 'Client closes first',
    startServer: 'Server closes first',
    idle: 'Press a button to close one real connection.',
    starting: 'Opening the connection…',
    running: 'Running: reading the kernel\'s table.',
    finished: 'Done: the kernel removed the TIME_WAIT socket from its table.',
    stopped: 'Stopped',
    endReasons: {
      'socket-gone': 'the socket is gone',
      'max-duration': 'the run reached its maximum duration',
      'viewer-left': 'stopped because nobody was watching',
      shutdown: 'the server is shutting down',
      error: 'socket error',
    },
    limited: (s) => `Too many runs right now. Try again in ${s} s. (The simulation below works at once.)`,
    unavailable: 'A real run is unavailable on this host (no Linux /proc/net/tcp). The simulation below still works.',
    failed: 'The request failed.',
    lostStream: 'The event stream dropped; reconnecting…',
    client: 'Client',
    server: 'Server',
    active: 'closes first (active close)',
    passive: 'closes second (passive close)',
    stateNow: 'State now',
    seen: 'States the kernel reported',
    gone: 'gone from the table',
    listedIn: (table, addr) => `listed in /proc/net/${table} as ${addr}`,
    reuse: (on) => `SO_REUSEADDR ${on ? 'on' : 'off'}`,
    announceState: (end, state) => `${end}: ${state}`,
    whoCard: 'Who enters TIME_WAIT?',
    ladder: 'Packet ladder (when the kernel\'s states proved each segment)',
    ladderNote: 'No packets are captured on loopback; each segment is marked when a state change proves it arrived.',
    pending: 'pending',
    steps: 'Socket calls this run made',
    ring: 'Kernel TIME_WAIT timer',
    ringWaiting: 'waiting for TIME_WAIT',
    ringLeft: (sec) => `${sec} s left`,
    ringTicks: (ticks, hz) => `tm->when = ${ticks} ticks (USER_HZ ${hz})`,
    ringGone: (lived, left) => `gone ${lived} s after first seen in TIME_WAIT (the kernel's timer said ${left} s then)`,
    linuxCard: 'Why 60 seconds on Linux?',
    rebind: 'Rebinding while in TIME_WAIT',
    rebindCols: ['Target', 'Old socket SO_REUSEADDR', 'New socket SO_REUSEADDR', 'Outcome'],
    rebindMain: 'the TIME_WAIT socket\'s address',
    rebindControl: 'control: a second connection set up the other way',
    bound: 'success (bound)',
    on: 'on',
    off: 'off',
    rebindWhy: 'On Linux a port held by a TIME_WAIT socket can be bound again only if both the old socket and the new one set SO_REUSEADDR. Java\'s ServerSocket sets it by default on Linux (accepted sockets inherit it); a Java client Socket leaves it off. So when the client closes first, even a new socket with SO_REUSEADDR fails. The third row is a connection set up the other way, so one run shows both outcomes.',
    reuseCard: 'What does SO_REUSEADDR change?',
    facts: 'This host\'s kernel settings',
    factsWaiting: 'Shown once a run starts.',
    factText: {
      tcpFinTimeout: 'How long an orphaned socket waits in FIN_WAIT2 for the peer\'s FIN. It does not change TIME_WAIT, which Linux fixes at 60 s.',
      tcpTwReuse: '0 off, 1 on, 2 loopback only: lets a new connect() reuse a 4-tuple still in TIME_WAIT when timestamps make it safe. It has nothing to do with bind().',
      tcpMaxTwBuckets: 'Most TIME_WAIT sockets kept at once; beyond it the kernel destroys new ones at once and logs a warning.',
      timeWaitNow: 'Sockets in TIME_WAIT right now (tw in /proc/net/sockstat), this demo\'s included.',
    },
    simTitle: 'Simulation (a model, not the kernel)',
    simBadge: 'simulation',
    simIntro: 'A step-by-step model of what a kernel won\'t show on demand. Unlike the real run above, this part is computed in your browser.',
    loseAck: 'Lose the last ACK',
    delayed: 'Delayed segment from the old connection',
    msl: 'MSL',
    mslHint: (msl) => `TIME_WAIT = 2 × MSL = ${2 * msl} s (Linux uses a fixed 60 s whatever the MSL)`,
    prev: 'Back',
    next: 'Next step',
    play: 'Play',
    pause: 'Pause',
    reset: 'Reset',
    simClock: (t) => `model time t = ${t} s`,
    simDeadline: (s) => `TIME_WAIT left ${s} s`,
    stepOf: (i, n) => `step ${i} of ${n}`,
    lastAckCard: 'What if the last ACK is lost?',
    oldSegCard: 'What about a late segment of the old connection?',
    sim: {
      start: 'Both ends ESTABLISHED. The client will close first.',
      fin1: 'The client sends FIN and enters FIN_WAIT1.',
      ack1: 'The server ACKs the FIN and enters CLOSE_WAIT; the client gets the ACK and enters FIN_WAIT2.',
      fin2: 'The server application calls close(): FIN sent, LAST_ACK.',
      ack2: 'The client sends the last ACK and enters TIME_WAIT (2MSL timer starts). The server gets it: CLOSED.',
      ack2lost: 'The client sends the last ACK and enters TIME_WAIT — but the ACK is lost. The server is still in LAST_ACK.',
      finRetx: 'The server\'s retransmission timer fires: it sends its FIN again.',
      ackAgain: 'Because it is in TIME_WAIT, the client recognises the FIN, ACKs it again and restarts its 2MSL timer. The server: CLOSED. (Had the client already been CLOSED, it would have answered with RST and the server would have seen an error.)',
      oldSegment: 'A delayed data segment from the old connection arrives. TIME_WAIT still holds this 4-tuple, so it is dropped instead of landing in a new connection.',
      twEnd: '2MSL passed, TIME_WAIT ends: every segment of the old connection has outlived its MSL and died, so the same 4-tuple is safe to reuse.',
    },
    states: {
      ESTABLISHED: 'connected, exchanging data',
      FIN_WAIT1: 'FIN sent, waiting for its ACK',
      FIN_WAIT2: 'FIN acknowledged, waiting for the peer\'s FIN',
      CLOSE_WAIT: 'got the peer\'s FIN, waiting for my application to close()',
      LAST_ACK: 'my FIN sent, waiting for the last ACK',
      TIME_WAIT: 'sent the last ACK, waiting 2MSL',
      CLOSING: 'both sides sent FIN at once',
      CLOSED: 'not in the kernel\'s table',
    },
    actions: {
      connect: (e) => `${e}: connect()`,
      accept: (e) => `${e}: accept()`,
      exchange: (e, b) => `both: exchanged a greeting (${b} B)`,
      'shutdown-output': (e, b) => `${e}: shutdownOutput() — the FIN queues behind ${b} B the peer has not read yet (a slow reader), so FIN_WAIT1 lasts long enough to see`,
      'read-to-eof': (e, b) => `${e}: read ${b} B, then read() returned -1 (the peer's FIN) → CLOSE_WAIT until it closes`,
      close: (e, b) => `${e}: close() — the FIN queues behind ${b} B → LAST_ACK`,
      'read-to-eof-and-close': (e, b) => `${e}: read ${b} B, got the FIN (-1), close()`,
    },
  },
};

/**
 * The close handshake as a list of steps, client closing first; pure so it can be reasoned about
 * apart from the page. Times are in model seconds.
 */
export function simulate({ loseLastAck = false, delayedSegment = false, msl = 30, rto = 1 } = {}) {
  const steps = [];
  const add = (step) => steps.push({ lost: false, old: false, deadline: null, ...step });
  add({ t: 0, key: 'start', a: 'ESTABLISHED', p: 'ESTABLISHED' });
  add({ t: 0, key: 'fin1', from: 'a', flags: 'FIN', a: 'FIN_WAIT1', p: 'ESTABLISHED' });
  add({ t: 0.1, key: 'ack1', from: 'p', flags: 'ACK', a: 'FIN_WAIT2', p: 'CLOSE_WAIT' });
  add({ t: 0.5, key: 'fin2', from: 'p', flags: 'FIN', a: 'FIN_WAIT2', p: 'LAST_ACK' });
  let deadline = 0.6 + 2 * msl;
  if (loseLastAck) {
    add({ t: 0.6, key: 'ack2lost', from: 'a', flags: 'ACK', lost: true, a: 'TIME_WAIT', p: 'LAST_ACK', deadline });
    const again = 0.6 + rto;
    add({ t: again, key: 'finRetx', from: 'p', flags: 'FIN', a: 'TIME_WAIT', p: 'LAST_ACK', deadline });
    deadline = round(again + 0.1 + 2 * msl);
    add({ t: round(again + 0.1), key: 'ackAgain', from: 'a', flags: 'ACK', a: 'TIME_WAIT', p: 'CLOSED', deadline });
  } else {
    add({ t: 0.6, key: 'ack2', from: 'a', flags: 'ACK', a: 'TIME_WAIT', p: 'CLOSED', deadline });
  }
  add({ t: round(deadline), key: 'twEnd', a: 'CLOSED', p: 'CLOSED' });
  if (delayedSegment) {
    // Sent by the server before its FIN and held up in the network: it arrives within one MSL of
    // being sent, so always while the client is still in TIME_WAIT (which lasts 2MSL).
    const arrives = round(Math.max(0.7, 0.9 * msl));
    let at = 0;
    while (at + 1 < steps.length && steps[at + 1].t <= arrives) at += 1;
    const before = steps[at];
    steps.splice(at + 1, 0, { t: arrives, key: 'oldSegment', from: 'p', flags: 'DATA', lost: false, old: true,
      a: before.a, p: before.p, deadline: before.deadline });
  }
  return steps;
}

function round(n) {
  return Math.round(n * 10) / 10;
}

function ensureStyles() {
  if (!document.querySelector(`link[href="${STYLES}"]`)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = STYLES;
    document.head.appendChild(link);
  }
}

/** Creates an element; attributes starting with "on" become listeners; children may be strings. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (name === 'class') el.className = value;
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) el.append(child);
  }
  return el;
}

function s(tag, attrs = {}, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Rebuilds a container's children only when what they show changed, so the DOM (and focus) stays put. */
function sync(el, key, build) {
  if (el.dataset.key === key) return;
  el.dataset.key = key;
  el.replaceChildren(...build());
}

function seconds(ms) {
  return (ms / 1000).toFixed(1);
}

function cardLink(id, label) {
  return h('a', { class: 'tw-card-link', href: CARDS + id }, label);
}

let uid = 0;

/** Builds the widget inside one slot. */
export function mount(slot) {
  if (slot.dataset.mounted) return;
  slot.dataset.mounted = 'true';
  ensureStyles();
  const lang = (slot.dataset.lang || document.documentElement.lang || 'ko').startsWith('en') ? 'en' : 'ko';
  const t = TEXT[lang];
  const id = `tw${++uid}`;
  slot.replaceChildren();
  slot.classList.add('tw-demo');
  slot.setAttribute('lang', lang);

  const real = buildReal(t, id);
  const sim = buildSimulation(t, id);
  slot.append(real.root, sim.root);
}

function buildReal(t, id) {
  const status = h('p', { class: 'tw-status', role: 'status', 'aria-live': 'polite' }, t.idle);
  const announcer = h('p', { class: 'sr-only', 'aria-live': 'polite', 'data-role': 'announcer' });
  const buttons = [
    h('button', { type: 'button', class: 'primary', 'data-closer': 'client' }, t.startClient),
    h('button', { type: 'button', class: 'primary', 'data-closer': 'server' }, t.startServer),
  ];
  const ends = { client: buildEnd(t, 'client'), server: buildEnd(t, 'server') };
  const ring = buildRing(t);
  const ladder = h('div', { class: 'tw-ladder' });
  const stepsList = h('ol', { class: 'tw-steps' });
  const rebindBody = h('tbody');
  const facts = h('dl', { class: 'tw-facts' }, h('dt', {}, t.factsWaiting));

  const root = h('section', { class: 'tw-real', 'aria-labelledby': `${id}-real` },
    h('header', { class: 'tw-head' },
      h('h2', { id: `${id}-real` }, t.title, ' ', h('span', { class: 'tw-badge tw-badge-real' }, t.realBadge)),
      h('p', { class: 'muted' }, t.intro)),
    h('div', { class: 'tw-controls' }, buttons),
    status, announcer,
    h('div', { class: 'tw-stage' },
      h('div', { class: 'tw-ends' }, ends.client.root, ends.server.root,
        h('p', { class: 'tw-links' }, cardLink('tw-who', t.whoCard))),
      ring.root),
    h('div', { class: 'tw-columns' },
      h('div', {},
        h('h3', {}, t.ladder), ladder, h('p', { class: 'muted tw-small' }, t.ladderNote)),
      h('div', {}, h('h3', {}, t.steps), stepsList)),
    h('h3', {}, t.rebind),
    h('div', { class: 'tw-table-wrap' },
      h('table', { class: 'tw-rebind' },
        h('thead', {}, h('tr', {}, t.rebindCols.map((c) => h('th', { scope: 'col' }, c)))),
        rebindBody)),
    h('p', { class: 'tw-small' }, t.rebindWhy, ' ', cardLink('tw-reuseaddr', t.reuseCard)),
    h('h3', {}, t.facts), facts,
    h('p', { class: 'tw-links' }, cardLink('tw-linux-60s', t.linuxCard)));

  const view = { t, status, announcer, buttons, ends, ring, ladder, stepsList, rebindBody, facts };
  // Before any run: the four segments of a close where the client goes first, all still to come.
  drawLadder(ladder, t.client, t.server, ['FIN', 'ACK', 'FIN', 'ACK'].map((flags, i) => ({
    fromLeft: i === 0 || i === 3, done: false, label: `${flags} · ${t.pending}`,
  })));
  let source = null;
  let run = null;

  const setBusy = (busy) => buttons.forEach((b) => { b.disabled = busy; });

  const apply = (type, data) => {
    if (type === 'snapshot') {
      run = data;
    } else if (!run) {
      return;
    } else if (type === 'state') {
      const end = run[data.end];
      end.seen = [...(end.seen || []), { state: data.state, atMs: data.atMs }];
      end.state = data.state;
      if (data.table) end.table = data.table;
      announcer.textContent = t.announceState(t[data.end], data.state);
    } else if (type === 'timer') {
      run.timeWait = data;
      if (!run.timeWaitFirst) run.timeWaitFirst = data;
    } else if (type === 'segment') {
      run.ladder = run.ladder.map((seg) => (seg.order === data.order ? data : seg));
    } else if (type === 'step') {
      run.steps = [...run.steps, data];
    } else if (type === 'rebind') {
      run.rebind = [...run.rebind, data];
    } else if (type === 'facts') {
      run.host = data;
    } else if (type === 'end') {
      run.status = data.status;
      run.endReason = data.reason;
      if (data.reason === 'socket-gone') run.timeWaitGoneMs = data.atMs;
    }
    render(view, run);
    if (run.status !== 'running') {
      if (source) source.close();
      source = null;
      setBusy(false);
    }
  };

  const start = async (closer) => {
    if (source) source.close();
    setBusy(true);
    status.textContent = t.starting;
    let response;
    try {
      response = await fetch(`${API}?closer=${closer}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: '{}',
      });
    } catch (e) {
      status.textContent = t.failed;
      setBusy(false);
      return;
    }
    if (response.status === 201) {
      const location = response.headers.get('Location');
      apply('snapshot', await response.json());
      source = new EventSource(`${location}/events`);
      for (const type of ['snapshot', 'state', 'timer', 'segment', 'step', 'rebind', 'facts', 'end']) {
        source.addEventListener(type, (e) => apply(type, JSON.parse(e.data)));
      }
      source.onerror = () => {
        if (source && run && run.status === 'running') status.textContent = t.lostStream;
      };
      return;
    }
    setBusy(false);
    if (response.status === 429) {
      status.textContent = t.limited(response.headers.get('Retry-After') || '?');
    } else if (response.status === 503) {
      status.textContent = t.unavailable;
    } else {
      let detail = '';
      try {
        detail = (await response.json()).detail || '';
      } catch (e) {
        detail = '';
      }
      status.textContent = `${t.failed} ${response.status} ${detail}`.trim();
    }
  };
  buttons.forEach((b) => b.addEventListener('click', () => start(b.dataset.closer)));
  // A page that goes away closes its stream, so the server can release the run at once.
  window.addEventListener('pagehide', () => { if (source) source.close(); });
  return { root };
}

function buildEnd(t, end) {
  const state = h('strong', { class: 'tw-state', 'data-state': '' }, '—');
  const meaning = h('span', { class: 'tw-meaning muted' });
  const role = h('span', { class: 'tw-role muted' });
  const address = h('code', { class: 'tw-address' });
  const kernel = h('span', { class: 'tw-kernel muted tw-small' });
  const seen = h('ol', { class: 'tw-seen', 'aria-label': t.seen });
  const root = h('article', { class: 'tw-end', 'data-end': end },
    h('h3', {}, t[end], ' ', role),
    h('p', {}, address, h('br'), kernel),
    h('p', { class: 'tw-state-line' }, h('span', { class: 'muted' }, `${t.stateNow}: `), state, h('br'), meaning),
    h('p', { class: 'muted tw-small' }, t.seen), seen);
  return { root, state, meaning, role, address, kernel, seen };
}

function buildRing(t) {
  const arc = s('circle', { class: 'tw-ring-arc', cx: 60, cy: 60, r: RING_RADIUS,
    'stroke-dasharray': RING_LENGTH.toFixed(2), 'stroke-dashoffset': RING_LENGTH.toFixed(2),
    transform: 'rotate(-90 60 60)' });
  const value = s('text', { class: 'tw-ring-value', x: 60, y: 62, 'text-anchor': 'middle', 'dominant-baseline': 'middle' }, '—');
  const svg = s('svg', { viewBox: '0 0 120 120', class: 'tw-ring-svg', 'aria-hidden': 'true' });
  svg.append(s('circle', { class: 'tw-ring-track', cx: 60, cy: 60, r: RING_RADIUS }), arc, value);
  const readout = h('p', { class: 'tw-ring-readout', role: 'timer', 'aria-label': t.ring, 'data-remaining-ms': '' }, t.ringWaiting);
  const detail = h('p', { class: 'muted tw-small tw-ring-detail' });
  const root = h('figure', { class: 'tw-ring' }, svg, h('figcaption', {}, h('strong', {}, t.ring), readout, detail));
  return { root, arc, value, readout, detail };
}

function render(view, run) {
  const { t } = view;
  const ended = run.status !== 'running';
  const statusText = !ended ? t.running
    : run.status === 'finished' ? t.finished
      : `${t.stopped}: ${t.endReasons[run.endReason] || run.endReason}${run.error ? ` (${run.error})` : ''}`;
  // Only touch the live region when its text changes, so screen readers don't repeat it every poll.
  if (view.status.textContent !== statusText) view.status.textContent = statusText;
  view.status.dataset.status = run.status;

  for (const name of ['client', 'server']) {
    const end = run[name];
    const ui = view.ends[name];
    const state = end.state || '—';
    ui.root.dataset.role = end.role;
    ui.role.textContent = `· ${end.role === 'active' ? t.active : t.passive}`;
    ui.address.textContent = `${end.local} → ${end.remote}`;
    ui.kernel.textContent = end.table && end.kernelLocal ? `${t.listedIn(end.table, end.kernelLocal)} · ${t.reuse(end.reuseAddress)}` : t.reuse(end.reuseAddress);
    ui.state.textContent = state;
    ui.state.dataset.state = state;
    ui.meaning.textContent = t.states[state] || '';
    const seen = end.seen || [];
    sync(ui.seen, `${run.id}:${seen.map((x) => x.state).join()}`, () => seen.map((x) =>
      h('li', { 'data-state': x.state }, h('span', { class: 'tw-chip' }, x.state), ` ${seconds(x.atMs)} s`)));
  }
  renderRing(view, run);
  renderLadder(view, run);
  sync(view.stepsList, `${run.id}:${run.steps.length}`, () => run.steps.map((step) => {
    const who = t[step.end];
    const describe = t.actions[step.action];
    return h('li', {}, h('span', { class: 'muted' }, `${seconds(step.atMs)} s `), describe ? describe(who, step.bytes) : `${who}: ${step.action}`);
  }));
  sync(view.rebindBody, `${run.id}:${run.rebind.length}`, () => run.rebind.map((r) => h('tr', { 'data-outcome': r.outcome },
    h('th', { scope: 'row' }, r.socket === 'main' ? t.rebindMain : t.rebindControl, h('br'), h('code', {}, r.address || '')),
    h('td', {}, r.oldReuseAddress ? t.on : t.off),
    h('td', {}, r.newReuseAddress ? t.on : t.off),
    h('td', { class: r.outcome === 'BOUND' ? 'correct' : 'incorrect' },
      r.outcome === 'BOUND' ? `✔ ${t.bound}` : `✖ ${r.outcome}`))));
  if (run.host) {
    const facts = [
      ['tcpFinTimeout', 'net.ipv4.tcp_fin_timeout', run.host.tcpFinTimeout, ' s'],
      ['tcpTwReuse', 'net.ipv4.tcp_tw_reuse', run.host.tcpTwReuse, ''],
      ['tcpMaxTwBuckets', 'net.ipv4.tcp_max_tw_buckets', run.host.tcpMaxTwBuckets, ''],
      ['timeWaitNow', 'TIME_WAIT', run.host.timeWaitNow, ''],
    ];
    sync(view.facts, JSON.stringify(run.host), () => facts.flatMap(([key, name, value, unit]) => [
      h('dt', {}, h('code', {}, name), ' = ', h('strong', { 'data-fact': key }, value === null || value === undefined ? '?' : `${value}${unit}`)),
      h('dd', {}, t.factText[key]),
    ]));
  }
}

function renderRing(view, run) {
  const { t, ring } = view;
  const timer = run.timeWait;
  if (!timer) {
    ring.readout.textContent = t.ringWaiting;
    ring.readout.dataset.remainingMs = '';
    return;
  }
  const gone = run.timeWaitGoneMs !== null && run.timeWaitGoneMs !== undefined;
  const remaining = gone ? 0 : timer.remainingMs;
  const full = Math.max(1000, Math.ceil((run.timeWaitFirst || timer).remainingMs / 1000) * 1000);
  const fraction = Math.max(0, Math.min(1, remaining / full));
  ring.arc.setAttribute('stroke-dashoffset', (RING_LENGTH * (1 - fraction)).toFixed(2));
  ring.value.textContent = `${seconds(remaining)} s`;
  ring.readout.dataset.remainingMs = String(remaining);
  ring.readout.textContent = gone
    ? t.ringGone(seconds(run.timeWaitGoneMs - run.timeWaitFirst.atMs), seconds(run.timeWaitFirst.remainingMs))
    : t.ringLeft(seconds(remaining));
  ring.detail.textContent = t.ringTicks(timer.ticks, run.host ? run.host.clockTicksPerSecond : 100);
}

/** Draws a two-column packet ladder; steps carry from/flags/label and whether they arrived. */
function drawLadder(container, left, right, rows) {
  const height = 40 + rows.length * 46;
  const svg = s('svg', { viewBox: `0 0 320 ${height}`, class: 'tw-ladder-svg', role: 'img' });
  svg.append(s('text', { x: 40, y: 18, 'text-anchor': 'middle', class: 'tw-ladder-end' }, left));
  svg.append(s('text', { x: 280, y: 18, 'text-anchor': 'middle', class: 'tw-ladder-end' }, right));
  svg.append(s('line', { x1: 40, y1: 26, x2: 40, y2: height - 6, class: 'tw-ladder-pole' }));
  svg.append(s('line', { x1: 280, y1: 26, x2: 280, y2: height - 6, class: 'tw-ladder-pole' }));
  const labels = [];
  rows.forEach((row, i) => {
    const y1 = 40 + i * 46;
    const y2 = y1 + 26;
    const fromLeft = row.fromLeft;
    const x1 = fromLeft ? 40 : 280;
    let x2 = fromLeft ? 280 : 40;
    if (row.lost) x2 = 160;
    const cls = ['tw-arrow', row.done ? 'is-done' : 'is-pending', row.lost ? 'is-lost' : '', row.old ? 'is-old' : ''].join(' ');
    const g = s('g', { class: cls });
    g.append(s('line', { x1, y1, x2, y2: row.lost ? (y1 + y2) / 2 : y2 }));
    const tip = row.lost ? null : (fromLeft ? `${x2 - 8},${y2 - 5} ${x2},${y2} ${x2 - 9},${y2 + 3}` : `${x2 + 8},${y2 - 5} ${x2},${y2} ${x2 + 9},${y2 + 3}`);
    if (tip) g.append(s('polyline', { points: tip }));
    if (row.lost) g.append(s('text', { x: x2 + 4, y: (y1 + y2) / 2 + 5, class: 'tw-lost-mark' }, '✕'));
    g.append(s('text', { x: 160, y: (y1 + y2) / 2 - 6, 'text-anchor': 'middle', class: 'tw-arrow-label' }, row.label));
    svg.append(g);
    labels.push(row.label);
  });
  svg.setAttribute('aria-label', `${left} ↔ ${right}: ${labels.join(', ')}`);
  container.replaceChildren(svg);
}

function renderLadder(view, run) {
  const { t } = view;
  const proven = run.ladder.filter((seg) => seg.atMs !== null && seg.atMs !== undefined).length;
  if (view.ladder.dataset.key === `${run.id}:${proven}`) return;
  view.ladder.dataset.key = `${run.id}:${proven}`;
  drawLadder(view.ladder, t.client, t.server, run.ladder.map((seg) => ({
    fromLeft: seg.from === 'client',
    done: seg.atMs !== null && seg.atMs !== undefined,
    label: seg.atMs !== null && seg.atMs !== undefined ? `${seg.flags} · ${seconds(seg.atMs)} s` : `${seg.flags} · ${t.pending}`,
  })));
  view.ladder.dataset.proven = String(proven);
}

function buildSimulation(t, id) {
  const loseAck = h('input', { type: 'checkbox', id: `${id}-lose` });
  const delayed = h('input', { type: 'checkbox', id: `${id}-delayed` });
  const msl = h('input', { type: 'range', id: `${id}-msl`, min: 1, max: 120, step: 1, value: 30 });
  const mslOut = h('output', { for: `${id}-msl` });
  const prev = h('button', { type: 'button' }, t.prev);
  const next = h('button', { type: 'button', class: 'primary' }, t.next);
  const play = h('button', { type: 'button', 'aria-pressed': 'false' }, t.play);
  const reset = h('button', { type: 'button' }, t.reset);
  const ladder = h('div', { class: 'tw-ladder' });
  const states = h('p', { class: 'tw-sim-states' });
  const clock = h('p', { class: 'tw-sim-clock muted' });
  const narration = h('p', { class: 'tw-sim-step', 'aria-live': 'polite' });

  const root = h('section', { class: 'tw-sim', 'aria-labelledby': `${id}-sim`, 'data-simulation': 'true' },
    h('h2', { id: `${id}-sim` }, t.simTitle, ' ', h('span', { class: 'tw-badge tw-badge-sim' }, t.simBadge)),
    h('p', { class: 'muted' }, t.simIntro),
    h('div', { class: 'tw-sim-options' },
      h('label', { class: 'tw-check', for: `${id}-lose` }, loseAck, ' ', t.loseAck),
      h('label', { class: 'tw-check', for: `${id}-delayed` }, delayed, ' ', t.delayed),
      h('div', { class: 'tw-msl' }, h('label', { for: `${id}-msl` }, t.msl), msl, mslOut)),
    h('div', { class: 'tw-controls' }, prev, next, play, reset),
    narration, states, clock, ladder,
    h('p', { class: 'tw-links' }, cardLink('tw-last-ack', t.lastAckCard), ' · ', cardLink('tw-old-segments', t.oldSegCard)));

  let steps = [];
  let index = 0;
  let timer = null;

  const stopPlaying = () => {
    if (timer) clearInterval(timer);
    timer = null;
    play.textContent = t.play;
    play.setAttribute('aria-pressed', 'false');
  };
  const show = () => {
    const step = steps[index];
    const mslValue = Number(msl.value);
    mslOut.textContent = ` ${mslValue} s — ${t.mslHint(mslValue)}`;
    narration.textContent = `${t.stepOf(index + 1, steps.length)}: ${t.sim[step.key]}`;
    states.replaceChildren(
      h('span', { 'data-sim-end': 'client' }, `${t.client}: `, h('strong', {}, step.a)), ' · ',
      h('span', { 'data-sim-end': 'server' }, `${t.server}: `, h('strong', {}, step.p)));
    const left = step.deadline !== null && step.a === 'TIME_WAIT' ? ` · ${t.simDeadline(round(step.deadline - step.t))}` : '';
    clock.textContent = `${t.simClock(step.t)}${left}`;
    const shown = steps.slice(1, index + 1).filter((x) => x.flags);
    drawLadder(ladder, t.client, t.server, shown.map((x) => ({
      fromLeft: x.from === 'a', done: true, lost: x.lost, old: x.old,
      label: `${x.flags} · t=${x.t} s`,
    })));
    prev.disabled = index === 0;
    next.disabled = index === steps.length - 1;
    if (index === steps.length - 1) stopPlaying();
  };
  const rebuild = (keepStep = false) => {
    stopPlaying();
    steps = simulate({ loseLastAck: loseAck.checked, delayedSegment: delayed.checked, msl: Number(msl.value) });
    index = keepStep ? Math.min(index, steps.length - 1) : 0;
    show();
  };
  prev.addEventListener('click', () => { if (index > 0) { index -= 1; show(); } });
  next.addEventListener('click', () => { if (index < steps.length - 1) { index += 1; show(); } });
  reset.addEventListener('click', () => rebuild());
  play.addEventListener('click', () => {
    if (timer) {
      stopPlaying();
      return;
    }
    if (index === steps.length - 1) index = 0;
    play.textContent = t.pause;
    play.setAttribute('aria-pressed', 'true');
    show();
    timer = setInterval(() => { if (index < steps.length - 1) { index += 1; show(); } }, 1400);
  });
  loseAck.addEventListener('change', () => rebuild());
  delayed.addEventListener('change', () => rebuild());
  // A new MSL mostly moves the times, so stay about where the learner was.
  msl.addEventListener('input', () => rebuild(true));
  rebuild();
  return { root };
}

for (const slot of document.querySelectorAll('[data-demo="time-wait"]')) {
  mount(slot);
}
