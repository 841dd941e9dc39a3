// Curation without reloads: the up, down and remove forms post as JSON and the box reorders in place; an article
// can also be dragged to its place. Without this script the same forms post and the page comes back.
(function () {
  'use strict';
  var status = document.getElementById('curation-status');
  var boxes = document.querySelectorAll('ol.curation-order');
  if (!status || !boxes.length || !window.fetch) {
    return;
  }

  function say(text) {
    status.textContent = '';
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function post(list, form, extra) {
    var data = new FormData(form);
    data.set('version', list.dataset.version);
    Object.keys(extra || {}).forEach(function (k) { data.set(k, extra[k]); });
    return fetch(form.action.replace(/\/(up|down|remove)$/, '/' + (extra && extra.move || form.dataset.move)), {
      method: 'POST',
      body: new URLSearchParams(data),
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        // the box changed meanwhile, or the article went: the plain post shows why, on the desk
        say(status.dataset.failed);
        form.submit();
        return null;
      }
      return response.json();
    }).then(function (body) {
      if (!body) {
        return null;
      }
      list.dataset.version = body.version;
      list.querySelectorAll('input[name="version"]').forEach(function (input) { input.value = body.version; });
      var items = {};
      list.querySelectorAll(':scope > li').forEach(function (li) { items[li.dataset.article] = li; });
      Object.keys(items).forEach(function (id) {
        if (body.articles.indexOf(Number(id)) < 0) {
          items[id].remove();
        }
      });
      body.articles.forEach(function (id) {
        if (items[id]) {
          list.appendChild(items[id]);
        }
      });
      return body;
    });
  }

  boxes.forEach(function (list) {
    list.addEventListener('submit', function (event) {
      var form = event.target;
      if (!form.classList.contains('curation-move')) {
        return;
      }
      event.preventDefault();
      var item = form.closest('li');
      var move = form.dataset.move;
      post(list, form).then(function (body) {
        if (!body) {
          return;
        }
        if (move === 'remove') {
          say(status.dataset.removed);
          var next = list.querySelector('button');
          if (next) {
            next.focus();
          }
        } else {
          say(status.dataset.moved);
          // the focus stays on the button just used, wherever its article went
          item.querySelector('form[data-move="' + move + '"] button').focus();
        }
      });
    });

    var dragged = null;
    list.querySelectorAll(':scope > li').forEach(function (li) {
      li.draggable = true;
      li.classList.add('is-draggable');
    });
    list.addEventListener('dragstart', function (event) {
      dragged = event.target.closest && event.target.closest('li');
      if (dragged) {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', dragged.dataset.article);
        dragged.classList.add('is-dragged');
      }
    });
    list.addEventListener('dragend', function () {
      if (dragged) {
        dragged.classList.remove('is-dragged');
      }
      dragged = null;
    });
    list.addEventListener('dragover', function (event) {
      if (dragged && event.target.closest('li')) {
        event.preventDefault();
      }
    });
    list.addEventListener('drop', function (event) {
      var target = event.target.closest('li');
      if (!dragged || !target || target === dragged) {
        return;
      }
      event.preventDefault();
      var place = Array.prototype.indexOf.call(list.children, target) + 1;
      var form = dragged.querySelector('form[data-move="up"]');
      post(list, form, { move: 'place', place: String(place) }).then(function (body) {
        if (body) {
          say(status.dataset.moved);
        }
      });
    });
  });
})();
