// The moderation queue by keyboard: j/k move, a approve, r reject (asks for a reason), e edit, x select, ? help,
// l publish the lowest-risk page (asks first, saying how many; from another page it opens that page and asks there).
// Decisions post the page's own forms with fetch (asking for JSON) and stay on the page; without this script the
// same forms post normally and come back to the queue.
(function () {
  'use strict';
  var desk = document.querySelector('[data-moderation-queue]');
  if (!desk) {
    return;
  }
  var items = Array.prototype.slice.call(desk.querySelectorAll('.mod-item'));
  var notice = document.getElementById('notice');
  var rejectDialog = document.getElementById('mod-reject-dialog');
  var help = document.getElementById('mod-help');
  var lowestDialog = document.getElementById('mod-lowest-dialog');
  var current = -1;

  function say(text, error) {
    notice.textContent = '';
    var p = document.createElement('p');
    p.className = error ? 'notice-error' : 'notice-ok';
    p.textContent = text;
    notice.appendChild(p);
  }

  function move(to) {
    if (items.length === 0) {
      return;
    }
    to = Math.max(0, Math.min(items.length - 1, to));
    if (current >= 0 && items[current]) {
      items[current].classList.remove('is-current');
    }
    current = to;
    var item = items[current];
    item.classList.add('is-current');
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: 'nearest' });
  }

  function nextOpen(from) {
    for (var i = from + 1; i < items.length; i++) {
      if (!items[i].classList.contains('is-decided')) {
        return i;
      }
    }
    return from;
  }

  function send(form, extra) {
    var item = form.closest('.mod-item');
    var data = new FormData(form);
    Object.keys(extra || {}).forEach(function (k) { data.set(k, extra[k]); });
    return fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(data),
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) {
          say(body.message || String(response.status), true);
          item.classList.add('is-conflict');
          return;
        }
        item.classList.add('is-decided', 'is-' + body.status.toLowerCase());
        item.dataset.status = body.status;
        item.querySelectorAll('button, input, select').forEach(function (c) { c.disabled = true; });
        var label = item.querySelector('.mod-status');
        var option = desk.querySelector('#f-status option[value="' + body.status + '"]');
        if (label && option) {
          label.textContent = option.textContent;
        }
        var done = form.classList.contains('mod-approve') ? desk.dataset.doneApproved : desk.dataset.doneRejected;
        if (done) {
          say(done, false);
        }
        var index = items.indexOf(item);
        if (index === current) {
          move(nextOpen(current));
        }
      });
    }).catch(function () {
      form.submit();
    });
  }

  function currentItem() {
    return current >= 0 ? items[current] : null;
  }

  function approve() {
    var item = currentItem();
    if (item && !item.classList.contains('is-decided')) {
      send(item.querySelector('form.mod-approve'));
    }
  }

  function reject() {
    var item = currentItem();
    if (!item || item.classList.contains('is-decided')) {
      return;
    }
    rejectDialog.returnValue = '';
    // no reason is assumed: the moderator picks one each time
    rejectDialog.querySelectorAll('input[name="reason"]').forEach(function (radio) { radio.checked = false; });
    rejectDialog.showModal();
    var first = rejectDialog.querySelector('input[name="reason"]');
    if (first) {
      first.focus();
    }
    rejectDialog.addEventListener('close', function onClose() {
      rejectDialog.removeEventListener('close', onClose);
      if (rejectDialog.returnValue !== 'reject') {
        item.focus();
        return;
      }
      var chosen = rejectDialog.querySelector('input[name="reason"]:checked');
      var note = rejectDialog.querySelector('input[name="note"]');
      send(item.querySelector('form.mod-reject'), { reason: chosen.value, note: note.value });
      note.value = '';
    });
  }

  // the lowest-risk page's form posts normally: the queue comes back with the next lowest-risk page
  function approveLowest() {
    var form = document.getElementById('lowest-form');
    var link = document.getElementById('lowest-link');
    if (!form) {
      if (link) {
        window.location.href = link.href + '#approve-lowest';
      } else {
        say(desk.dataset.lowestNone, true);
      }
      return;
    }
    document.getElementById('mod-lowest-question').textContent = form.dataset.confirm;
    lowestDialog.returnValue = '';
    lowestDialog.showModal();
    lowestDialog.addEventListener('close', function onClose() {
      lowestDialog.removeEventListener('close', onClose);
      if (lowestDialog.returnValue === 'approve') {
        form.submit();
      }
    });
  }

  desk.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.classList.contains('mod-approve') || form.classList.contains('mod-reject')) {
      event.preventDefault();
      move(items.indexOf(form.closest('.mod-item')));
      send(form);
    }
  });

  desk.addEventListener('click', function (event) {
    var item = event.target.closest && event.target.closest('.mod-item');
    if (item && event.target.tagName !== 'A') {
      move(items.indexOf(item));
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var tag = event.target.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || rejectDialog.open || lowestDialog.open || (help.open && event.key !== '?')) {
      return;
    }
    switch (event.key) {
      case 'j': move(current + 1); break;
      case 'k': move(current - 1); break;
      case 'a': approve(); break;
      case 'r': reject(); break;
      case 'l': approveLowest(); break;
      case 'e': {
        var item = currentItem();
        if (item) {
          window.location.href = item.querySelector('a.mod-edit').href + '#edit';
        }
        break;
      }
      case 'x': {
        var box = currentItem() && currentItem().querySelector('.mod-select input');
        if (box && !box.disabled) {
          box.checked = !box.checked;
        }
        break;
      }
      case '?':
        if (help.open) {
          help.close();
        } else {
          help.showModal();
        }
        break;
      default: return;
    }
    event.preventDefault();
  });

  move(0);
  if (window.location.hash === '#approve-lowest') {
    history.replaceState(null, '', window.location.pathname + window.location.search);
    approveLowest();
  }
}());
