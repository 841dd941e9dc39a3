// Khabar's proof-of-work captcha (ALTCHA protocol), as a progressive enhancement of comment forms.
//
// Markup: <form data-captcha="/api/v1/captcha/challenge" data-captcha-worker="(asset url of captcha-worker.js)"
//   data-captcha-solving="..." data-captcha-solved="..." data-captcha-failed="...">
//   data-captcha-note="...">
//   <input type="hidden" name="altcha"> ... <p data-captcha-note>(without a script)</p> <p data-captcha-status
//   aria-live="polite"></p>
// Texts come from the page (message bundles), never from this file. Without JavaScript, or when solving fails, the
// form posts without a solution and the server asks its no-JavaScript question instead. A script that posts the
// form itself dispatches a 'captcha:reset' event on it afterwards, so the next post gets a fresh solution.
(function () {
  'use strict';

  function hex(buffer) {
    return Array.from(new Uint8Array(buffer), function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }

  async function solveHere(challenge) {
    var encoder = new TextEncoder();
    for (var n = 0; n <= challenge.maxnumber; n++) {
      var digest = await crypto.subtle.digest('SHA-256', encoder.encode(challenge.salt + n));
      if (hex(digest) === challenge.challenge) {
        return n;
      }
    }
    throw new Error('no solution');
  }

  function solveInWorker(url, challenge) {
    return new Promise(function (resolve, reject) {
      var worker = new Worker(url);
      worker.onmessage = function (event) {
        worker.terminate();
        if (typeof event.data === 'number') { resolve(event.data); } else { reject(new Error('no solution')); }
      };
      worker.onerror = function (error) { worker.terminate(); reject(error); };
      worker.postMessage(challenge);
    });
  }

  async function solve(form) {
    var response = await fetch(form.dataset.captcha, { credentials: 'same-origin', cache: 'no-store' });
    if (!response.ok) {
      throw new Error('challenge ' + response.status);
    }
    var challenge = await response.json();
    var number;
    try {
      number = form.dataset.captchaWorker ? await solveInWorker(form.dataset.captchaWorker, challenge)
        : await solveHere(challenge);
    } catch (workerFailed) {
      number = await solveHere(challenge);
    }
    return btoa(JSON.stringify({
      algorithm: challenge.algorithm, challenge: challenge.challenge, number: number,
      salt: challenge.salt, signature: challenge.signature
    }));
  }

  function enhance(form) {
    var field = form.querySelector('input[name="altcha"]');
    var status = form.querySelector('[data-captcha-status]');
    var note = form.querySelector('p[data-captcha-note]');
    // the page says what happens without a script (a question after sending); with one, the browser solves a puzzle
    if (note && form.dataset.captchaNote) { note.textContent = form.dataset.captchaNote; }
    var pending = null;
    function say(key) {
      if (status && form.dataset[key]) { status.textContent = form.dataset[key]; }
    }
    function start() {
      if (!pending) {
        say('captchaSolving');
        pending = solve(form).then(function (payload) {
          field.value = payload;
          say('captchaSolved');
          return true;
        }, function () {
          field.value = '';
          say('captchaFailed');
          return false;
        });
      }
      return pending;
    }
    // solve once the reader starts writing, so readers who only read spend nothing
    form.addEventListener('focusin', start, { once: true });
    // a script that posted the form itself (comments.js) used the solution up: the next post solves a new one
    form.addEventListener('captcha:reset', function () {
      pending = null;
      field.value = '';
      say('captchaSolving');
      start();
    });
    form.addEventListener('submit', function (event) {
      if (field.value) {
        return;
      }
      event.preventDefault();
      start().then(function () {
        // a used solution cannot be reused: the next post from this page solves a new challenge
        pending = null;
        HTMLFormElement.prototype.submit.call(form);
        setTimeout(function () { field.value = ''; }, 0);
      });
    });
  }

  if (!window.crypto || !window.crypto.subtle || !window.fetch) {
    return; // not a secure context or an old browser: the server's question takes over
  }
  document.querySelectorAll('form[data-captcha]').forEach(function (form) {
    if (form.querySelector('input[name="altcha"]')) {
      enhance(form);
    }
  });
}());
