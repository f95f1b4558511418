// PrepDeck live DNS trace widget. Mounts itself on every [data-demo="dns-trace"] element, streams
// GET /api/demos/dns/trace as server-sent events and draws the walk root -> TLD -> authoritative.
// Plain ES module, no build step, no outside resources: DNS data is only ever inserted as text.

const API = '/api/demos/dns/trace';
const RECORDED_API = '/api/demos/dns/recorded';
const STYLESHEET = '/css/demo-dns.css';
const TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'NS', 'TXT'];

const CARDS = {
  steps: '/topics/browser-github#card-gh-dns-steps',
  caches: '/topics/browser-github#card-gh-dns-caches',
  referral: '/topics/dns-answer-ip#card-dnsip-referral-glue',
  cname: '/topics/dns-answer-ip#card-dnsip-cname-chain',
  ptr: '/topics/dns-answer-ip#card-dnsip-ptr',
  ttl: '/topics/dns-answer-ip#card-dnsip-ttl',
};

const STRINGS = {
  ko: {
    name: '도메인 이름',
    type: '레코드 타입',
    run: '추적 시작',
    stop: '중지',
    hint: '예: www.github.com, 한국어 도메인도 됩니다.',
    hierarchy: 'DNS 계층',
    levels: ['루트', 'TLD', '권한 있는 서버'],
    steps: '질의 단계',
    starting: (n, ty) => `${n} ${ty} 추적을 시작합니다. 루트 서버에 묻는 중…`,
    progress: (s) => `${s.seq}단계: ${s.zone} 서버 ${s.server}의 응답 — ${outcomeLabel('ko', s.outcome)}${s.rttMs != null ? ` (${ms(s.rttMs)})` : ''}`,
    done: (r) => `완료: ${statusLabel('ko', r.status)}, 질의 ${r.queries}번, ${ms(r.elapsedMs)}`,
    stopped: '추적을 중지했습니다.',
    network: '서버에 연결할 수 없습니다. 네트워크를 확인하세요.',
    rateLimited: (s) => `요청이 너무 많습니다. ${s}초 뒤에 다시 시도하세요.`,
    busy: (s) => `서버가 다른 추적을 처리 중입니다. ${s}초 뒤에 다시 시도하세요.`,
    badRequest: '입력을 확인하세요:',
    unreachable: '이 서버는 루트 서버에 닿을 수 없습니다 (오프라인이거나 외부 DNS가 막혀 있음). 실시간 추적은 불가능합니다.',
    showRecorded: '녹화된 추적 보기',
    recordedBanner: '녹화된 추적입니다 — 실시간 조회가 아닙니다.',
    recordedAt: '녹화 시각',
    question: '질문',
    server: '서버',
    zone: '영역',
    flags: '플래그',
    rtt: '왕복 시간',
    size: '응답 크기',
    bytes: '바이트',
    answers: '응답(Answer)',
    authority: '권한(Authority)',
    referral: '위임(Referral): 네임서버와 글루',
    glueNone: '글루 없음',
    glue: '글루',
    records: '레코드',
    ttl: 'TTL',
    data: '값',
    side: { 'ns-address': '부가 조회: 네임서버 주소', cname: 'CNAME 따라가기', ptr: '역방향(PTR) 조회', main: '본 조회' },
    fromCache: (z) => `${z} 서버는 이 추적 앞부분에서 이미 알게 되었으므로(캐시), 루트부터 다시 묻지 않고 바로 갑니다.`,
    explain: {
      referralRoot: (z) => `루트 서버는 답을 모릅니다. 대신 ${z} 영역을 맡은 네임서버 목록(NS)과 그 주소(글루)를 알려 줍니다.`,
      referral: (z) => `이 서버는 답 대신 하위 영역 ${z}의 네임서버로 넘깁니다(리퍼럴). 함께 온 A 레코드가 글루입니다.`,
      glueless: (z) => `${z}로 넘기지만 네임서버 주소(글루)가 없습니다. 리졸버가 먼저 그 네임서버 이름의 주소를 따로 찾아야 합니다.`,
      answer: (ttl) => (ttl == null ? '권한 있는 응답(AA 플래그)입니다.'
        : `권한 있는 응답(AA 플래그)입니다. TTL ${ttl}초 동안 캐시가 이 답을 보관할 수 있습니다.`),
      answerNonAuth: '응답을 받았지만 AA 플래그가 없습니다: 권한 있는 서버의 답이 아닙니다.',
      cname: (t) => `이 이름은 별칭(CNAME)입니다. 리졸버는 ${t}에 대해 조회를 다시 시작합니다.`,
      nxdomain: (ttl) => (ttl == null
        ? '이 이름은 존재하지 않습니다(NXDOMAIN). 응답에 SOA가 없어 부정 응답 캐시 시간도 없습니다.'
        : `이 이름은 존재하지 않습니다(NXDOMAIN). SOA에 따라 ${ttl}초 동안 '없음'도 캐시됩니다.`),
      nodata: (ttl) => (ttl == null
        ? '이름은 있지만 이 타입의 레코드가 없습니다(NODATA). 응답에 SOA가 없어 부정 응답 캐시 시간도 없습니다.'
        : `이름은 있지만 이 타입의 레코드가 없습니다(NODATA). ${ttl}초 동안 캐시됩니다.`),
      intercepted: '실제 루트나 권한 서버라면 보내지 않을 응답입니다. 네트워크의 다른 장비가 대신 답하고 있습니다.',
      truncated: 'UDP 응답에 다 들어가지 않아 TC 플래그가 켜졌습니다. 같은 서버에 TCP로 다시 묻습니다.',
      timeout: '제한 시간 안에 응답이 없습니다. 같은 영역의 다른 서버에 묻습니다.',
      unreachable: '서버에 닿을 수 없습니다. 같은 영역의 다른 서버에 묻습니다.',
      lame: '이 영역의 네임서버로 등록되어 있지만 실제로는 답하지 않습니다(lame delegation). 다음 서버로 넘어갑니다.',
      failed: '이 서버의 응답은 쓸 수 없습니다. 다른 서버에 묻습니다.',
      ptr: '응답 주소의 역방향 이름(PTR)을 찾습니다. 이름을 보면 로드밸런서나 CDN 엣지인지 알 수 있습니다.',
      nsAddress: (n) => `글루가 없어서 네임서버 ${n}의 주소부터 찾습니다.`,
    },
    card: '관련 카드',
    result: '결과',
    finalAnswer: '최종 응답',
    chain: 'CNAME 체인',
    idn: '국제화 도메인: 화면에 보이는 이름과 실제로 질의한 퓨니코드',
    addresses: '주소와 역방향 이름(PTR)',
    noPtr: 'PTR 없음',
    negativeTtl: (ttl) => `부정 응답 캐시 시간(SOA): ${ttl}초`,
    stub: '이 서버의 스텁 리졸버와 비교',
    stubOff: '스텁 리졸버 비교가 꺼져 있습니다.',
    stubExplain: '스텁 리졸버는 재귀 리졸버에 한 번만 묻고, 재귀 리졸버가 캐시에서 답하면 TTL이 줄어든 값이 보입니다.',
    summary: (r) => `질의 ${r.queries}번, ${ms(r.elapsedMs)}`,
    limits: (l) => `제한: 질의당 ${l.queryTimeoutMs}ms, 추적당 질의 ${l.maxQueries}번, 전체 ${l.traceTimeoutMs}ms`,
    status: { ANSWER: '응답 찾음', NXDOMAIN: '존재하지 않는 이름', NODATA: '해당 타입 레코드 없음', FAILED: '실패', UNREACHABLE: '루트 서버에 닿을 수 없음', LIMIT: '제한에 걸려 중단', INTERCEPTED: '네트워크가 DNS를 가로챔' },
    outcome: { REFERRAL: '위임', ANSWER: '응답', CNAME: '별칭', NXDOMAIN: '없는 이름', NODATA: '레코드 없음', TRUNCATED: '잘림(TC)', TIMEOUT: '시간 초과', UNREACHABLE: '닿을 수 없음', SERVFAIL: '서버 오류', REFUSED: '거부', LAME: 'lame', ERROR: '오류', INTERCEPTED: '가로챈 응답' },
  },
  en: {
    name: 'Domain name',
    type: 'Record type',
    run: 'Trace',
    stop: 'Stop',
    hint: 'For example www.github.com; Korean domain names work too.',
    hierarchy: 'DNS hierarchy',
    levels: ['Root', 'TLD', 'Authoritative'],
    steps: 'Queries',
    starting: (n, ty) => `Tracing ${n} ${ty}. Asking a root server…`,
    progress: (s) => `Step ${s.seq}: ${s.server} for ${s.zone} — ${outcomeLabel('en', s.outcome)}${s.rttMs != null ? ` (${ms(s.rttMs)})` : ''}`,
    done: (r) => `Done: ${statusLabel('en', r.status)}, ${r.queries} queries in ${ms(r.elapsedMs)}`,
    stopped: 'Trace stopped.',
    network: 'Cannot reach the PrepDeck server. Check your connection.',
    rateLimited: (s) => `Too many traces. Try again in ${s} s.`,
    busy: (s) => `The server is busy with other traces. Try again in ${s} s.`,
    badRequest: 'Please check your input:',
    unreachable: 'This server cannot reach the root servers (it is offline or outgoing DNS is blocked), so no live trace is possible.',
    showRecorded: 'Show a recorded trace',
    recordedBanner: 'This is a RECORDED trace — not a live lookup.',
    recordedAt: 'Recorded at',
    question: 'Question',
    server: 'Server',
    zone: 'Zone',
    flags: 'Flags',
    rtt: 'Round trip',
    size: 'Reply size',
    bytes: 'bytes',
    answers: 'Answer section',
    authority: 'Authority section',
    referral: 'Referral: name servers and glue',
    glueNone: 'no glue',
    glue: 'Glue',
    records: 'records',
    ttl: 'TTL',
    data: 'Data',
    side: { 'ns-address': 'side look-up: name server address', cname: 'following the CNAME', ptr: 'reverse (PTR) look-up', main: 'main look-up' },
    fromCache: (z) => `The servers of ${z} were learned earlier in this trace (cached), so the resolver goes straight there instead of starting at the root.`,
    explain: {
      referralRoot: (z) => `The root server does not know the answer. It refers the resolver to the name servers (NS) of ${z} and adds their addresses (glue).`,
      referral: (z) => `Instead of an answer, this server delegates to the name servers of ${z} (a referral). The A records sent along are the glue.`,
      glueless: (z) => `A referral to ${z} without glue: the resolver must first find the address of that name server itself.`,
      answer: (ttl) => (ttl == null ? 'An authoritative answer (AA flag).'
        : `An authoritative answer (AA flag). Caches may keep it for ${ttl} seconds (TTL).`),
      answerNonAuth: 'An answer without the AA flag: not from an authoritative server.',
      cname: (t) => `This name is an alias (CNAME). The resolver starts again for ${t}.`,
      nxdomain: (ttl) => (ttl == null
        ? 'The name does not exist (NXDOMAIN). The reply has no SOA, so no negative-cache time.'
        : `The name does not exist (NXDOMAIN). Per the SOA, caches remember that for ${ttl} seconds.`),
      nodata: (ttl) => (ttl == null
        ? 'The name exists but has no records of this type (NODATA). The reply has no SOA, so no negative-cache time.'
        : `The name exists but has no records of this type (NODATA), cached for ${ttl} seconds.`),
      intercepted: 'No real root or authoritative server replies like this: something on the network answers in its place.',
      truncated: 'The reply did not fit into UDP, so the TC flag is set. The resolver asks the same server again over TCP.',
      timeout: 'No reply in time. The resolver tries another server of the same zone.',
      unreachable: 'The server cannot be reached. The resolver tries another server of the same zone.',
      lame: 'Listed as a name server of this zone but does not answer for it (a lame delegation). On to the next server.',
      failed: 'This reply is unusable. The resolver asks another server.',
      ptr: 'Looking up the reverse name (PTR) of an answer address: it often reveals a load balancer or a CDN edge.',
      nsAddress: (n) => `No glue, so first the address of name server ${n} is looked up.`,
    },
    card: 'Related card',
    result: 'Result',
    finalAnswer: 'Final answer',
    chain: 'CNAME chain',
    idn: 'Internationalised name: as shown, and the punycode actually queried',
    addresses: 'Addresses and their reverse names (PTR)',
    noPtr: 'no PTR',
    negativeTtl: (ttl) => `Negative caching time (from the SOA): ${ttl} s`,
    stub: 'Compared with this server\'s stub resolver',
    stubOff: 'The stub resolver comparison is turned off.',
    stubExplain: 'A stub resolver asks a recursive resolver once; when that resolver answers from its cache, the TTLs have counted down.',
    summary: (r) => `${r.queries} queries, ${ms(r.elapsedMs)}`,
    limits: (l) => `Limits: ${l.queryTimeoutMs} ms per query, ${l.maxQueries} queries and ${l.traceTimeoutMs} ms per trace`,
    status: { ANSWER: 'answer found', NXDOMAIN: 'name does not exist', NODATA: 'no records of that type', FAILED: 'failed', UNREACHABLE: 'root servers unreachable', LIMIT: 'stopped by a limit', INTERCEPTED: 'DNS intercepted by the network' },
    outcome: { REFERRAL: 'referral', ANSWER: 'answer', CNAME: 'alias', NXDOMAIN: 'no such name', NODATA: 'no data', TRUNCATED: 'truncated (TC)', TIMEOUT: 'timeout', UNREACHABLE: 'unreachable', SERVFAIL: 'server failure', REFUSED: 'refused', LAME: 'lame', ERROR: 'error', INTERCEPTED: 'intercepted' },
  },
};

function outcomeLabel(lang, outcome) {
  return STRINGS[lang].outcome[outcome] ?? outcome;
}

function statusLabel(lang, status) {
  return STRINGS[lang].status[status] ?? status;
}

function ms(value) {
  if (value == null) return '';
  return value < 10 ? `${value.toFixed(2)} ms` : `${Math.round(value)} ms`;
}

/** Builds an element; strings become text nodes, so nothing from DNS is ever parsed as HTML. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

function levelOf(zone) {
  if (zone === '.') return 0;
  const labels = zone.replace(/\.$/, '').split('.').length;
  return labels === 1 ? 1 : 2;
}

function shownName(name, unicode) {
  return unicode && unicode !== name ? `${unicode} (${name})` : name;
}

function ensureStylesheet() {
  if (document.querySelector(`link[href="${STYLESHEET}"]`)) return;
  document.head.append(h('link', { rel: 'stylesheet', href: STYLESHEET }));
}

/** Reads a text/event-stream body and calls onEvent(name, data) per event. */
async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let boundary;
    while ((boundary = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary).replace(/^\r?\n\r?\n/, '');
      let event = 'message';
      const data = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length) onEvent(event, JSON.parse(data.join('\n')));
    }
  }
}

let counter = 0;

class DnsTraceWidget {
  constructor(root) {
    this.root = root;
    const lang = (root.dataset.lang || document.documentElement.lang || 'ko').slice(0, 2);
    this.lang = STRINGS[lang] ? lang : 'ko';
    this.t = STRINGS[this.lang];
    this.id = `dns-${++counter}`;
    this.controller = null;
    this.render();
  }

  render() {
    const t = this.t;
    this.nameInput = h('input', {
      id: `${this.id}-name`, name: 'name', type: 'text', required: true, autocomplete: 'off',
      autocapitalize: 'off', spellcheck: 'false', inputmode: 'url', maxlength: '253',
      value: this.root.dataset.name || 'www.github.com', 'aria-describedby': `${this.id}-hint`,
    });
    this.typeSelect = h('select', { id: `${this.id}-type`, name: 'type' },
      TYPES.map((ty) => h('option', { value: ty, text: ty })));
    this.runButton = h('button', { type: 'submit', class: 'primary', text: t.run });
    this.stopButton = h('button', { type: 'button', class: 'dns-stop', hidden: true, text: t.stop,
      onclick: () => this.stop() });
    this.form = h('form', { class: 'dns-form', novalidate: false, onsubmit: (e) => { e.preventDefault(); this.start(); } },
      h('div', { class: 'dns-field dns-field-name' },
        h('label', { for: this.nameInput.id, text: t.name }), this.nameInput,
        h('small', { id: `${this.id}-hint`, class: 'muted', text: t.hint })),
      h('div', { class: 'dns-field' }, h('label', { for: this.typeSelect.id, text: t.type }), this.typeSelect),
      h('div', { class: 'dns-actions' }, this.runButton, this.stopButton));
    this.status = h('p', { class: 'dns-status', role: 'status', 'aria-live': 'polite' });
    this.banner = h('div', { class: 'dns-banner', hidden: true });
    this.levels = this.t.levels.map((label, i) => h('li', { class: 'dns-level', 'data-level': String(i) },
      h('span', { class: 'dns-level-name', text: label }), h('ul', { class: 'dns-zones' })));
    this.ladder = h('ol', { class: 'dns-ladder', 'aria-label': t.hierarchy }, this.levels);
    this.steps = h('ol', { class: 'dns-steps', 'aria-label': t.steps });
    this.result = h('section', { class: 'dns-result', hidden: true, 'aria-label': t.result });
    this.root.classList.add('dns-demo');
    this.root.replaceChildren(this.form, this.status, this.banner, this.ladder, this.steps, this.result);
  }

  reset() {
    this.zones = new Map();
    this.explainedLookups = new Set();
    this.levels.forEach((level) => level.querySelector('.dns-zones').replaceChildren());
    this.steps.replaceChildren();
    this.result.replaceChildren();
    this.result.hidden = true;
    this.banner.replaceChildren();
    this.banner.hidden = true;
    this.banner.className = 'dns-banner';
    this.root.classList.remove('dns-recorded');
  }

  busy(on) {
    this.runButton.disabled = on;
    this.stopButton.hidden = !on;
    this.root.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  stop() {
    if (this.controller) this.controller.abort();
    this.busy(false);
    this.status.textContent = this.t.stopped;
  }

  async start() {
    const name = this.nameInput.value.trim();
    const type = this.typeSelect.value;
    if (!name) {
      this.nameInput.focus();
      return;
    }
    if (this.controller) this.controller.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.reset();
    this.busy(true);
    this.status.textContent = this.t.starting(name, type);
    const url = `${API}?name=${encodeURIComponent(name)}&type=${encodeURIComponent(type)}`;
    try {
      const response = await fetch(url, { headers: { Accept: 'text/event-stream' }, signal: controller.signal });
      if (!response.ok) {
        await this.showProblem(response);
        return;
      }
      await readEvents(response, (event, data) => {
        if (controller !== this.controller) return;
        if (event === 'step') this.addStep(data);
        else if (event === 'result') this.showResult(data);
      });
    } catch (error) {
      if (error.name !== 'AbortError') this.showBanner('error', this.t.network);
    } finally {
      if (controller === this.controller) this.busy(false);
    }
  }

  async showProblem(response) {
    let problem = null;
    try {
      problem = await response.json();
    } catch (e) {
      problem = null;
    }
    const retry = response.headers.get('Retry-After') || '5';
    let text;
    if (response.status === 429) text = this.t.rateLimited(retry);
    else if (response.status === 503) text = this.t.busy(retry);
    else text = `${this.t.badRequest} ${problem?.detail ?? response.statusText}`;
    this.showBanner('error', text);
    this.status.textContent = text;
    if (response.status === 400) this.nameInput.focus();
  }

  showBanner(kind, ...content) {
    this.banner.className = `dns-banner dns-banner-${kind}`;
    this.banner.replaceChildren(...content.map((c) => (c instanceof Node ? c : h('p', { text: c }))));
    this.banner.hidden = false;
  }

  lightZone(step) {
    const level = levelOf(step.zone);
    let chip = this.zones.get(step.zone);
    if (!chip) {
      chip = h('li', { class: 'dns-zone', 'data-zone': step.zone },
        h('span', { class: 'dns-zone-name', text: step.zone }),
        h('span', { class: 'dns-zone-server' }),
        h('span', { class: 'dns-zone-rtt' }));
      this.levels[level].querySelector('.dns-zones').append(chip);
      this.zones.set(step.zone, chip);
    }
    this.root.querySelectorAll('.dns-zone.active').forEach((z) => z.classList.remove('active'));
    chip.classList.add('lit', 'active');
    chip.dataset.outcome = step.outcome;
    chip.querySelector('.dns-zone-server').textContent = step.server === step.serverAddress
      ? step.serverAddress : `${step.server} ${step.serverAddress}`;
    chip.querySelector('.dns-zone-rtt').textContent = ms(step.rttMs);
    this.levels[level].classList.add('lit');
  }

  explain(step) {
    const e = this.t.explain;
    const parts = [];
    if (step.fromCache) parts.push([this.t.fromCache(step.zone), 'caches']);
    if (step.purpose === 'ns-address' && !this.explainedLookups.has(step.lookup)) {
      this.explainedLookups.add(step.lookup);
      parts.push([e.nsAddress(step.lookup.split(' ')[0]), 'referral']);
    }
    if (step.purpose === 'ptr' && step.outcome !== 'REFERRAL') parts.push([e.ptr, 'ptr']);
    switch (step.outcome) {
      case 'REFERRAL': {
        const zone = step.referral?.zone ?? '';
        const glueless = (step.referral?.nameServers ?? []).every((ns) => ns.glue.length === 0);
        if (glueless) parts.push([e.glueless(zone), 'referral']);
        else parts.push([step.zone === '.' ? e.referralRoot(zone) : e.referral(zone), step.zone === '.' ? 'steps' : 'referral']);
        break;
      }
      case 'ANSWER': {
        const ttl = step.answers?.length ? step.answers[step.answers.length - 1].ttl : null;
        parts.push([step.flags?.aa ? e.answer(ttl) : e.answerNonAuth, 'ttl']);
        break;
      }
      case 'CNAME': {
        const cnames = (step.answers ?? []).filter((r) => r.type === 'CNAME');
        const target = cnames.length ? cnames[cnames.length - 1].data : '';
        parts.push([e.cname(target), 'cname']);
        break;
      }
      case 'NXDOMAIN': parts.push([e.nxdomain(negativeTtl(step)), 'ttl']); break;
      case 'NODATA': parts.push([e.nodata(negativeTtl(step)), 'ttl']); break;
      case 'TRUNCATED': parts.push([e.truncated, 'steps']); break;
      case 'TIMEOUT': parts.push([e.timeout, 'steps']); break;
      case 'UNREACHABLE': parts.push([e.unreachable, 'steps']); break;
      case 'LAME': parts.push([e.lame, 'referral']); break;
      case 'INTERCEPTED': parts.push([e.intercepted, 'steps']); break;
      default: parts.push([e.failed, 'steps']);
    }
    return parts;
  }

  addStep(step) {
    const t = this.t;
    this.lightZone(step);
    const level = levelOf(step.zone);
    const flags = step.flags
      ? h('span', { class: 'dns-flags', 'aria-label': t.flags },
        ['aa', 'tc', 'rd', 'ra'].map((f) => h('span', { class: `dns-flag ${step.flags[f] ? 'on' : 'off'}`,
          title: f.toUpperCase(), text: step.flags[f] ? f.toUpperCase() : f })))
      : null;
    const rttWidth = Math.max(2, Math.min(100, (step.rttMs ?? 0) / 2));
    const sections = [];
    if (step.referral) {
      sections.push(h('details', { class: 'dns-records', open: true },
        h('summary', { text: `${t.referral} · ${step.referral.zone}` }),
        recordTable(t, step.referral.nameServers.map((ns) => ({
          name: step.referral.zone, type: 'NS', ttl: ns.ttl, data: ns.name,
          extra: ns.glue.length ? ns.glue.map((g) => `${g.type} ${g.data} (TTL ${g.ttl})`).join(', ') : t.glueNone,
        })), true)));
    }
    if (step.answers?.length) {
      sections.push(h('details', { class: 'dns-records', open: true },
        h('summary', { text: `${t.answers} · ${step.answers.length} ${t.records}` }),
        recordTable(t, step.answers)));
    }
    if (step.authority?.length) {
      sections.push(h('details', { class: 'dns-records' },
        h('summary', { text: `${t.authority} · ${step.authority.length} ${t.records}` }),
        recordTable(t, step.authority)));
    }
    const explanation = h('div', { class: 'dns-explain' }, this.explain(step).map(([text, card]) =>
      h('p', {}, text, ' ', h('a', { href: CARDS[card], class: 'dns-card-link', text: `${t.card} →` }))));
    const item = h('li', {
      class: `dns-step outcome-${step.outcome.toLowerCase()} level-${level}${step.purpose !== 'main' ? ' side' : ''}`,
      'data-seq': String(step.seq), 'data-outcome': step.outcome, 'data-zone': step.zone,
      style: `--depth:${step.depth}`,
    },
    h('div', { class: 'dns-step-head' },
      h('span', { class: 'dns-seq', text: `#${step.seq}` }),
      h('span', { class: 'dns-level-tag', text: t.levels[level] }),
      h('strong', { class: 'dns-server', text: step.server }),
      step.server !== step.serverAddress ? h('code', { text: step.serverAddress }) : null,
      h('span', { class: 'dns-outcome', text: outcomeLabel(this.lang, step.outcome) }),
      step.rttMs != null ? h('span', { class: 'dns-rtt', title: t.rtt, text: ms(step.rttMs) }) : null),
    h('div', { class: 'dns-rtt-bar', 'aria-hidden': 'true' }, h('span', { style: `width:${rttWidth}%` })),
    h('p', { class: 'dns-step-meta' },
      step.purpose !== 'main' ? h('span', { class: 'dns-side', text: `${t.side[step.purpose] ?? step.purpose} · ` }) : null,
      `${t.zone} ${step.zone} · ${t.question} `,
      h('code', { text: `${shownName(step.qname, step.unicodeQname)} ${step.qtype}` }),
      ` · ${step.transport.toUpperCase()}`,
      step.rcode ? ` · ${step.rcode}` : null,
      step.size ? ` · ${step.size} ${t.bytes}` : null,
      flags ? ' · ' : null, flags,
      step.detail && !['REFERRAL', 'ANSWER'].includes(step.outcome) ? h('span', { class: 'dns-detail', text: ` · ${step.detail}` }) : null),
    sections,
    explanation);
    this.steps.append(item);
    this.status.textContent = t.progress(step);
  }

  showResult(trace) {
    const t = this.t;
    // A live stream already drew its steps; a recorded trace arrives whole and is drawn here.
    if (!this.steps.children.length) trace.steps.forEach((s) => this.addStep(s));
    this.root.querySelectorAll('.dns-zone.active').forEach((z) => z.classList.remove('active'));
    const blocks = [h('h3', { text: `${t.result}: ${statusLabel(this.lang, trace.status)}` })];
    if (trace.recorded) {
      blocks.push(h('p', { class: 'dns-recorded-note' },
        h('strong', { text: t.recordedBanner }), ' ', `${t.recordedAt}: ${trace.startedAt}. `, trace.recordedNote ?? ''));
    }
    blocks.push(h('p', { class: 'dns-message', text: trace.message }));
    if (trace.unicodeName && trace.unicodeName !== trace.name) {
      blocks.push(h('p', { class: 'dns-idn' }, `${t.idn}: `, h('strong', { text: trace.unicodeName }), ' = ',
        h('code', { text: trace.name })));
    }
    if (trace.cnameChain?.length) {
      const chain = h('ol', { class: 'dns-chain', 'aria-label': t.chain });
      trace.cnameChain.forEach((link) => chain.append(h('li', {},
        h('code', { text: link.name }), ` → CNAME (TTL ${link.ttl}) → `, h('code', { text: link.target }))));
      blocks.push(h('h4', {}, t.chain, ' ', h('a', { href: CARDS.cname, class: 'dns-card-link', text: `${t.card} →` })), chain);
    }
    if (trace.answers?.length) {
      blocks.push(h('h4', {}, t.finalAnswer, ' ', h('a', { href: CARDS.ttl, class: 'dns-card-link', text: `${t.card} →` })),
        recordTable(t, trace.answers));
    }
    if (trace.negativeTtl != null) blocks.push(h('p', { text: t.negativeTtl(trace.negativeTtl) }));
    if (trace.addresses?.length) {
      const list = h('ul', { class: 'dns-ptr' });
      trace.addresses.forEach((a) => list.append(h('li', {}, h('code', { text: a.address }), ' → ',
        a.ptr?.length ? h('strong', { text: a.ptr.join(', ') }) : h('span', { class: 'muted', text: `${t.noPtr} (${a.ptrStatus ?? ''})` }),
        a.ptrTtl != null ? ` (TTL ${a.ptrTtl})` : null)));
      blocks.push(h('h4', {}, t.addresses, ' ', h('a', { href: CARDS.ptr, class: 'dns-card-link', text: `${t.card} →` })), list);
    }
    if (trace.stub) blocks.push(this.stubBlock(trace.stub));
    blocks.push(h('p', { class: 'muted dns-summary' }, t.summary(trace), trace.limits ? ` · ${t.limits(trace.limits)}` : ''));
    this.result.replaceChildren(...blocks);
    this.result.hidden = false;
    this.status.textContent = t.done(trace);
    if (trace.recorded) {
      this.root.classList.add('dns-recorded');
      const why = this.interception
        ? [h('p', { class: 'dns-intercepted' }, h('strong', { text: this.interception.notice })),
          h('p', { class: 'muted dns-intercepted-evidence', text: this.interception.evidence })]
        : [];
      this.showBanner('recorded', ...why, h('p', {}, h('strong', { text: t.recordedBanner }), ' ', trace.recordedNote ?? ''));
    } else if (trace.status === 'INTERCEPTED') {
      // A false answer is never shown as live: say why, then show the recording in its place.
      this.showRecorded(trace.recordedTraceUrl || RECORDED_API,
        { notice: this.root.dataset.interceptedNotice || t.explain.intercepted, evidence: trace.message });
    } else if (trace.status === 'UNREACHABLE') {
      const button = h('button', { type: 'button', class: 'dns-show-recorded', text: t.showRecorded,
        onclick: () => this.showRecorded(trace.recordedTraceUrl || RECORDED_API) });
      this.showBanner('unreachable', h('p', { text: t.unreachable }), button);
    }
  }

  stubBlock(stub) {
    const t = this.t;
    const block = h('div', { class: 'dns-stub' },
      h('h4', {}, t.stub, ' ', h('a', { href: CARDS.caches, class: 'dns-card-link', text: `${t.card} →` })));
    if (stub.mode === 'off') {
      block.append(h('p', { class: 'muted', text: t.stubOff }));
      return block;
    }
    block.append(h('p', {}, h('code', { text: `${stub.mode}${stub.server ? ` · ${stub.server}` : ''}` }),
      ` · ${stub.status}`, stub.elapsedMs != null ? ` · ${ms(stub.elapsedMs)}` : ''));
    if (stub.answers?.length) block.append(recordTable(t, stub.answers));
    if (stub.addresses?.length) block.append(h('p', {}, h('code', { text: stub.addresses.join(', ') })));
    block.append(h('p', { class: 'muted', text: t.stubExplain }));
    if (stub.detail) block.append(h('p', { class: 'muted', text: stub.detail }));
    return block;
  }

  async showRecorded(url, interception = null) {
    // After an intercepted trace the stream is ending on its own; aborting it would leave the form busy.
    if (!interception) {
      if (this.controller) this.controller.abort();
      this.controller = null;
    }
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      const trace = await response.json();
      this.reset();
      this.interception = interception;
      this.showResult(trace);
      this.interception = null;
    } catch (e) {
      this.showBanner('error', this.t.network);
    }
  }
}

function negativeTtl(step) {
  const soa = (step.authority ?? []).find((r) => r.type === 'SOA');
  if (!soa) return null;
  const minimum = Number(soa.data.trim().split(/\s+/).pop());
  return Number.isFinite(minimum) ? Math.min(soa.ttl, minimum) : soa.ttl;
}

function recordTable(t, records, withExtra = false) {
  return h('div', { class: 'dns-table-wrap' }, h('table', { class: 'dns-table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col', text: t.name }), h('th', { scope: 'col', text: t.type }),
      h('th', { scope: 'col', text: t.ttl }), h('th', { scope: 'col', text: t.data }),
      withExtra ? h('th', { scope: 'col', text: t.glue }) : null)),
    h('tbody', {}, records.map((r) => h('tr', {},
      h('td', {}, h('code', { text: r.unicodeName ? `${r.unicodeName} (${r.name})` : r.name })),
      h('td', { text: r.type }),
      h('td', { class: 'dns-ttl', text: String(r.ttl) }),
      h('td', { class: 'dns-data' }, h('code', { text: r.data })),
      withExtra ? h('td', { text: r.extra }) : null)))));
}

function mountAll() {
  ensureStylesheet();
  document.querySelectorAll('[data-demo="dns-trace"]').forEach((el) => {
    if (!el.dnsTrace) el.dnsTrace = new DnsTraceWidget(el);
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
else mountAll();
