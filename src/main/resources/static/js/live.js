// A live page («لحظه به لحظه»), as a progressive enhancement: without it a reload shows the new entries. With it the
// page asks /live/{id}/updates every few seconds (a 304 while nothing is new) and, when there is something, shows one
// floating button («۳ به‌روزرسانی تازه»); new entries go in, corrected ones are swapped and removed ones leave only
// when the reader asks, so the text they are reading never moves under their eyes. Texts come from the page (message bundles), never from this file.
(function () {
  'use strict';

  var INTERVAL = 10000;
  var digits = new Intl.NumberFormat('fa-IR', { useGrouping: false });

  function enhance(live) {
    var button = live.querySelector('.live-updates-button');
    var timeline = live.querySelector('.live-timeline');
    if (!button || !timeline) {
      return;
    }
    var after = live.getAttribute('data-after');
    var pending = null;
    var timer = null;

    function check() {
      if (document.hidden) {
        return;
      }
      fetch(live.getAttribute('data-updates') + '?after=' + encodeURIComponent(after), {
        credentials: 'omit',
        cache: 'no-cache',
        headers: { 'Accept': 'application/json' }
      }).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (answer) {
        if (!answer) {
          return;
        }
        var updates = answer.count + changes(answer).length;
        if (updates > 0) {
          pending = answer;
          button.textContent = button.getAttribute('data-template').replace('{0}', digits.format(updates));
          button.hidden = false;
        } else if (answer.ended) {
          pending = answer;
          button.textContent = button.getAttribute('data-ended');
          button.hidden = false;
        }
        if (answer.ended) {
          window.clearInterval(timer);
        }
      }).catch(function () {
        // offline for a moment: the next check will tell
      });
    }

    // entries the reader has that were corrected or removed since the page was loaded
    function changes(answer) {
      var found = [];
      if (answer.visible) {
        var shown = {};
        answer.visible.forEach(function (id) { shown[id] = true; });
        live.querySelectorAll('.live-entry[data-entry]').forEach(function (entry) {
          if (!shown[entry.getAttribute('data-entry')]) {
            found.push({ entry: entry, html: null });
          }
        });
      }
      (answer.corrected || []).forEach(function (correction) {
        var entry = document.getElementById('entry-' + correction.id);
        if (entry && entry.getAttribute('data-corrected') !== correction.at) {
          found.push({ entry: entry, html: correction.html });
        }
      });
      return found;
    }

    function parse(html) {
      var holder = document.createElement('div');
      holder.innerHTML = html;
      return holder;
    }

    button.addEventListener('click', function () {
      if (!pending) {
        return;
      }
      var changed = changes(pending);
      if (pending.count === 0 && changed.length === 0) {
        window.location.reload();
        return;
      }
      changed.forEach(function (change) {
        var corrected = change.html && parse(change.html).firstElementChild;
        if (corrected) {
          change.entry.replaceWith(corrected);
        } else {
          change.entry.remove();
        }
      });
      var empty = timeline.querySelector('.live-empty');
      if (empty) {
        empty.remove();
      }
      var holder = parse(pending.html);
      var first = holder.firstElementChild;
      while (holder.lastElementChild) {
        timeline.insertBefore(holder.lastElementChild, timeline.firstChild);
      }
      after = String(pending.latest);
      live.setAttribute('data-after', after);
      button.hidden = true;
      if (pending.ended) {
        button.textContent = button.getAttribute('data-ended');
        button.hidden = false;
        pending = { count: 0, ended: true };
      } else {
        pending = null;
      }
      if (first) {
        first.setAttribute('tabindex', '-1');
        first.scrollIntoView({ block: 'start' });
        first.focus({ preventScroll: true });
      }
    });

    timer = window.setInterval(check, INTERVAL);
    document.addEventListener('visibilitychange', function () {
      if (!document.hidden) {
        check();
      }
    });
  }

  document.querySelectorAll('section.live[data-updates]').forEach(enhance);
})();
