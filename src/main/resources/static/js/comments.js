// Khabar's comment section, as a progressive enhancement: everything here also works without it, through plain forms
// and small pages. With it: reply mode in place (the form moves under the comment, the reference page's line names
// the parent, cancel puts it back), comments sent as JSON with the outcome shown in the form, and votes counted in
// place with the reader's own choice pressed (also after a reload) and announced. Texts come from the page and the
// server (message bundles), never from this file.
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

  // the counter of the new comment's state moves at once; the page itself shows it from the next load on
  function countIn(status) {
    var counter = document.querySelector('.counters .counter-' + String(status).toLowerCase() + ' strong');
    if (counter) {
      var now = Number(counter.textContent.replace(/[\u06F0-\u06F9]/g, function (d) { return d.charCodeAt(0) - 0x06F0; }));
      counter.textContent = digits.format(now + 1);
    }
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
          countIn(result.data.status);
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

  // the page is the same for every reader: which button is this reader's comes from the server, asked only by a
  // browser that has voted (its khabar_voted cookie)
  function showVote(votes, yours) {
    votes.querySelectorAll('button[data-vote]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(!!yours && button.dataset.vote === yours.toLowerCase()));
    });
  }

  function showMyVotes(section) {
    if (!section.dataset.myVotes || !/(^|;\s*)khabar_voted=/.test(document.cookie)) {
      return;
    }
    fetch(section.dataset.myVotes, { credentials: 'same-origin', cache: 'no-store', headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : { votes: {} }; })
      .then(function (data) {
        section.querySelectorAll('.comment-votes[data-comment-id]').forEach(function (votes) {
          var yours = data.votes[votes.dataset.commentId];
          if (yours) { showVote(votes, yours); }
        });
      }, function () { /* the buttons stay as the page has them */ });
  }

  function enhanceVotes(section) {
    section.addEventListener('submit', function (event) {
      var form = event.target;
      var votes = form.closest && form.closest('.comment-votes');
      if (!votes || event.defaultPrevented) {
        return;
      }
      event.preventDefault();
      var value = form.querySelector('input[name="value"]').value;
      var status = votes.querySelector('.vote-status');
      postJson('/api/v1/comments/' + votes.dataset.commentId + '/vote', { value: value }).then(function (result) {
        if (!result.ok) {
          HTMLFormElement.prototype.submit.call(form); // the plain post shows the server's Persian page
          return;
        }
        votes.querySelector('.vote-like .vote-count').textContent = digits.format(result.data.likes);
        votes.querySelector('.vote-dislike .vote-count').textContent = digits.format(result.data.dislikes);
        showVote(votes, result.data.yours);
        if (status) {
          status.textContent = result.data.yours === 'LIKE' ? section.dataset.voteRecordedLike
            : section.dataset.voteRecordedDislike;
        }
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
  var section = document.getElementById('comments');
  if (section) {
    enhanceVotes(section);
    showMyVotes(section);
  }
}());
