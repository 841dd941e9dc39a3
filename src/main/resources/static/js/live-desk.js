// The live desk, as a progressive enhancement of its plain forms: Ctrl+Enter (or Cmd+Enter) publishes the entry being
// typed, what the reporter types is saved a moment after they stop (so a closed tab loses nothing), and the forms
// that end coverage or remove an entry ask first. Texts come from the page (message bundles).
(function () {
  'use strict';

  var form = document.getElementById('live-entry-form');
  if (form) {
    var saved = form.querySelector('.live-desk-saved');
    var timer = null;
    var save = function () {
      var body = new URLSearchParams();
      body.set('title', form.elements.title.value);
      body.set('body', form.elements.body.value);
      var headers = { 'Accept': 'application/json' };
      headers[form.getAttribute('data-csrf-header')] = form.getAttribute('data-csrf-token');
      fetch(form.getAttribute('data-draft'), { method: 'POST', credentials: 'same-origin', headers: headers, body: body })
        .then(function (response) { return response.ok ? response.json() : Promise.reject(response); })
        .then(function (answer) { saved.textContent = answer.saved; })
        .catch(function () { saved.textContent = form.getAttribute('data-failed'); });
    };
    form.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, 1500);
    });
    form.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        window.clearTimeout(timer);
        form.requestSubmit();
      }
    });
  }
  document.querySelectorAll('form[data-confirm]').forEach(function (confirmed) {
    confirmed.addEventListener('submit', function (event) {
      if (!window.confirm(confirmed.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
})();
