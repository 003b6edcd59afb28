// The session shell, run before the app: see src/platform/session-shell.ts. No innerHTML (TT).
(function () {
  var root = document.getElementById('shell');
  var app = document.getElementById('app');
  var path = location.pathname;
  var s;
  if (!root || !app || (path !== '/' && path !== '/session') || location.search || location.hash)
    return;
  try {
    // Unsaved entries count for the app's timer; and the app must have seen a session running.
    if (localStorage.getItem('sitwell:pending-entries')) return;
    if (localStorage.getItem('sitwell.session-running') !== '1') return;
    s = JSON.parse(localStorage.getItem('sitwell:reopen') || 'null');
  } catch (e) {
    return;
  }
  var num = Number.isFinite;
  if (
    !s ||
    s.v !== 1 ||
    !num(s.lastAt) ||
    !num(s.anchorAt) ||
    !num(s.nextDueAt) ||
    !Number.isInteger(s.intervalMin) ||
    !(s.doseAt === null || num(s.doseAt)) ||
    typeof s.number !== 'string' ||
    s.number.length > 40 ||
    !/^tel:[0-9+*#]{1,20}$/.test(s.href) ||
    !live()
  )
    return;

  /** Not yet due, and the clock not behind the log. */
  function live() {
    var now = Date.now();
    return now >= Math.max(s.anchorAt, s.lastAt) && now < s.nextDueAt;
  }
  // As src/domain/format/duration.ts (a unit test keeps them the same).
  function pad(n) {
    return String(n).padStart(2, '0');
  }
  function countdown(ms) {
    var t = Math.ceil(ms / 1000);
    var h = Math.floor(t / 3600);
    var m = Math.floor((t % 3600) / 60);
    return (h > 0 ? h + ':' + pad(m) : m) + ':' + pad(t % 60);
  }
  function duration(ms) {
    if (ms < 60000) return Math.floor(Math.max(0, ms) / 1000) + ' s';
    var min = Math.round(ms / 60000);
    return min < 60 ? min + ' min' : Math.floor(min / 60) + ' h ' + pad(min % 60) + ' min';
  }
  function el(tag, attrs, kids) {
    var node = document.createElement(tag);
    for (var k in attrs) node.setAttribute(k, attrs[k]);
    node.append.apply(node, kids);
    return node;
  }
  /** A tap before the app runs is not lost: that screen opens. */
  function opens(node, to) {
    node.addEventListener('click', function () {
      location.assign(to);
    });
    return node;
  }

  var now = Date.now();
  var dose = s.doseAt === null;
  var since = el('strong', { class: 'nowrap' }, [dose ? 'No dose yet' : duration(now - s.doseAt)]);
  var timer = el('div', { role: 'timer', 'aria-label': 'Next check-in', class: 'countdown' }, [
    countdown(s.nextDueAt - now),
  ]);
  root.append(
    el('main', { class: 'stack session-screen', 'aria-labelledby': 'shell-heading' }, [
      el('h1', { id: 'shell-heading', tabindex: '-1' }, ['Session in progress']),
      el('div', { class: 'session-grid' }, [
        el('section', { class: 'card session-timer', 'aria-label': 'Check-in timer' }, [
          el('p', { class: 'muted' }, ['Next check-in in']),
          timer,
          el('p', { class: 'muted session-meta' }, [
            el('span', {}, ['Every ' + s.intervalMin + ' min']),
            el('span', {}, dose ? [since] : ['Since the dose: ', since]),
          ]),
        ]),
        el('div', { class: 'session-actions stack' }, [
          opens(
            el('button', { class: 'primary block', type: 'button' }, ['Check in now']),
            '/session/check-in',
          ),
          opens(
            el('button', { class: 'block something-wrong', type: 'button' }, ['Something’s wrong']),
            '/session/wrong',
          ),
          el('a', { class: 'call-link session-call', href: s.href }, ['Call ' + s.number]),
        ]),
      ]),
    ]),
  );
  // The session's address and look (always dark), as the app will have them.
  if (path === '/') history.replaceState(history.state, '', '/session');
  document.documentElement.dataset.theme = 'dark';

  function done() {
    watch.disconnect();
    root.replaceChildren();
  }
  // Gone with the app's first screen, before it is painted (a mutation callback).
  var watch = new MutationObserver(function () {
    if (app.querySelector('h1')) done();
  });
  watch.observe(app, { childList: true, subtree: true });
  // An app that never shows a screen is shown as it is after 10 s.
  setTimeout(done, 10000);
  (function tick() {
    if (!root.firstChild) return;
    if (!live()) return done();
    var t = Date.now();
    timer.textContent = countdown(s.nextDueAt - t);
    if (!dose) since.textContent = duration(t - s.doseAt);
    // At the next change of the shown second, as the app's ticks.
    setTimeout(tick, ((s.nextDueAt - t - 1) % 1000) + 1);
  })();
})();
