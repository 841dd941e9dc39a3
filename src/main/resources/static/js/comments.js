// Khabar's comment section, as a progressive enhancement: everything here also works without it, through plain forms
// and small pages. With it: reply mode in place (the form moves under the comment, the reference page's line names
// the parent, cancel puts it back), comments sent as JSON with the outcome shown in the form, and votes counted in
// place. Texts come from the page and the server (message bundles), never from this file.
(function () {
  'use strict';

  var digits = new Intl.NumberFormat('fa-IR', { useGrouping: false });

  function postJson(url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, data: data }; });
    });
  }

  function enhanceForm(form) {
    var parent = form.querySelector('input[name="parentId"]');
    var line = form.querySelector('.comment-reply-to');
    var lineName = line && line.querySelector('.comment-reply-name');
    var cancel = line && line.querySelector('button.comment-reply-cancel');
    var status = form.querySelector('.comment-form-status');
    var text = form.querySelector('textarea[name="text"]');
    var home = document.createComment('comment-form');
    form.parentNode.insertBefore(home, form);

    function say(message, failed) {
      status.textContent = message;
      status.hidden = !message;
      status.classList.toggle('field-error', !!failed);
    }

    function reply(link) {
      parent.value = link.dataset.replyTo;
      lineName.textContent = link.dataset.replyName;
      line.hidden = false;
      link.closest('.comment').appendChild(form);
      form.classList.add('comment-form-replying');
      say('', false);
      text.focus();
    }

    function cancelReply() {
      parent.value = '';
      lineName.textContent = '';
      line.hidden = true;
      form.classList.remove('comment-form-replying');
      home.parentNode.insertBefore(form, home.nextSibling);
    }

    if (cancel) {
      cancel.addEventListener('click', function () {
        cancelReply();
        text.focus();
      });
      document.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('a[data-reply-to]');
        if (link) {
          event.preventDefault();
          reply(link);
        }
      });
    }

    form.addEventListener('submit', function (event) {
      var altcha = form.querySelector('input[name="altcha"]');
      // captcha.js holds the post until its puzzle is solved, then posts the plain form: leave that one alone
      if (event.defaultPrevented || !altcha || !altcha.value) {
        return;
      }
      event.preventDefault();
      var button = form.querySelector('button[type="submit"]');
      button.disabled = true;
      say(form.dataset.commentSending, false);
      postJson(form.dataset.commentApi, {
        name: form.elements.name.value,
        text: text.value,
        parentId: parent.value ? Number(parent.value) : null,
        altcha: altcha.value
      }).then(function (result) {
        say(result.data.message || form.dataset.commentNetworkError, !result.ok);
        if (result.ok && result.data.receipt) {
          // the private receipt link, once: the only place the reader gets it
          var link = document.createElement('a');
          link.href = result.data.receipt;
          link.className = 'comment-receipt-open';
          link.textContent = result.data.receiptLabel;
          status.appendChild(document.createTextNode(' '));
          status.appendChild(link);
        }
        if (result.ok) {
          text.value = '';
          if (cancel) { cancelReply(); }
        }
      }, function () {
        say(form.dataset.commentNetworkError, true);
      }).then(function () {
        button.disabled = false;
        form.dispatchEvent(new CustomEvent('captcha:reset'));
      });
    });
  }

  function enhanceVotes() {
    document.addEventListener('submit', function (event) {
      var form = event.target;
      var votes = form.closest && form.closest('.comment-votes');
      if (!votes || event.defaultPrevented) {
        return;
      }
      event.preventDefault();
      var value = form.querySelector('input[name="value"]').value;
      postJson('/api/v1/comments/' + votes.dataset.commentId + '/vote', { value: value }).then(function (result) {
        if (!result.ok) {
          HTMLFormElement.prototype.submit.call(form); // the plain post shows the server's Persian page
          return;
        }
        votes.querySelector('.vote-like .vote-count').textContent = digits.format(result.data.likes);
        votes.querySelector('.vote-dislike .vote-count').textContent = digits.format(result.data.dislikes);
        votes.querySelectorAll('button[data-vote]').forEach(function (button) {
          button.setAttribute('aria-pressed', String(button.dataset.vote === result.data.yours.toLowerCase()));
        });
      }, function () {
        HTMLFormElement.prototype.submit.call(form);
      });
    });
  }

  if (!window.fetch) {
    return;
  }
  var form = document.getElementById('comment-form');
  if (form && form.dataset.commentApi) {
    enhanceForm(form);
  }
  enhanceVotes();
}());
