// Baken's web chat, enhanced: turns without a full reload, the quick exit on Esc.
// The page works without this script; everything here is an improvement on a plain form.
// No framework, no build step, nothing from elsewhere. Text is only ever set as text.
(function () {
  'use strict';
  var form = document.getElementById('chat');
  var log = document.getElementById('log');
  var exitUrl = document.body.getAttribute('data-exit');
  if (!form || !log) { return; }
  // Marks the page as enhanced (the browser test checks that JavaScript really was on or off).
  document.documentElement.classList.add('js');

  function field(name) { return form.elements.namedItem(name); }

  // Quick exit: erase the session (a beacon survives leaving the page), clear what is shown,
  // and replace the page so that Back does not return to it.
  function quickExit(ev) {
    if (ev) { ev.preventDefault(); }
    try {
      var body = new URLSearchParams();
      body.set('t', field('t').value);
      navigator.sendBeacon('./erase', body);
    } catch (e) { /* the session expires by itself */ }
    log.textContent = '';
    field('t').value = '';
    field('h').value = '';
    try { window.top.location.replace(exitUrl); } catch (e) { window.location.replace(exitUrl); }
  }
  document.getElementById('exit').addEventListener('click', quickExit);
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape' || ev.key === 'Esc') { quickExit(ev); }
  });

  function entry(e, you) {
    var li = document.createElement('li');
    li.className = e.y ? 'you' : (e.c ? 'bot crisis' : 'bot');
    if (e.y) {
      var who = document.createElement('span');
      who.className = 'who';
      who.textContent = you + ': ';
      li.appendChild(who);
    }
    var p = document.createElement('p');
    p.textContent = e.t;
    li.appendChild(p);
    if (e.l && e.l.length) {
      var ul = document.createElement('ul');
      ul.className = 'links';
      e.l.forEach(function (l) {
        if (!/^(https?:|tel:|mailto:)/.test(l[1])) { return; }
        var a = document.createElement('a');
        a.href = l[1];
        a.rel = 'noreferrer noopener';
        a.textContent = l[0];
        var item = document.createElement('li');
        item.appendChild(a);
        ul.appendChild(item);
      });
      li.appendChild(ul);
    }
    return li;
  }

  function choices(list, legendText) {
    var old = form.querySelector('fieldset.choices');
    if (old) { old.remove(); }
    if (!list.length) { return; }
    var fs = document.createElement('fieldset');
    fs.className = 'choices';
    var legend = document.createElement('legend');
    legend.textContent = legendText || '';
    fs.appendChild(legend);
    list.forEach(function (c) {
      var b = document.createElement('button');
      b.type = 'submit';
      b.name = 'c';
      b.value = c.value;
      b.textContent = c.label;
      fs.appendChild(b);
    });
    form.appendChild(fs);
  }

  var busy = false;
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    if (busy) { return; }
    busy = true;
    var body = new URLSearchParams();
    body.set('t', field('t').value);
    body.set('h', field('h').value);
    body.set('text', field('text').value);
    var by = ev.submitter;
    if (by && by.name === 'c') { body.set('c', by.value); }
    var text = field('text');
    fetch('./turn', {
      method: 'POST', body: body, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer'
    }).then(function (r) { return r.json(); }).then(function (v) {
      if (v.erased) { log.textContent = ''; }
      v.new.forEach(function (e) { log.appendChild(entry(e, v.you)); });
      field('t').value = v.t;
      field('h').value = v.h;
      document.documentElement.lang = v.lang;
      document.documentElement.dir = v.dir;
      choices(v.choices, v.legend);
      text.value = '';
      // Keep the keyboard where the person types; the new messages are announced by the log.
      text.focus();
      var last = log.lastElementChild;
      if (last && last.scrollIntoView) { last.scrollIntoView({ block: 'nearest' }); }
    }).catch(function () {
      // Without an answer, fall back to the plain form post.
      busy = false;
      form.submit();
    }).then(function () { busy = false; });
  });
}());
