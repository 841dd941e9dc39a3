// Khabar newsroom editor: a right-to-left rich-text surface over the body textarea, and autosave.
// Without this script the textarea is the editor. The server sanitizes whatever arrives.
(function () {
	'use strict';
	var form = document.getElementById('editor-form');
	if (!form) {
		return;
	}
	var textarea = form.querySelector('textarea[name="body"]');
	var surface = form.querySelector('.editor-surface');
	var toolbar = form.querySelector('.editor-toolbar');
	var status = document.getElementById('autosave-status');
	var readOnly = form.querySelector('fieldset[disabled]') !== null;

	if (textarea && surface && toolbar && !readOnly) {
		surface.innerHTML = textarea.value;
		surface.hidden = false;
		toolbar.hidden = false;
		textarea.hidden = true;
		try {
			document.execCommand('defaultParagraphSeparator', false, 'p');
		} catch (e) { /* older browsers keep div */ }
		var sync = function () { textarea.value = surface.innerHTML; };
		surface.addEventListener('input', function () { sync(); changed = true; });
		toolbar.addEventListener('click', function (event) {
			var button = event.target.closest('button[data-cmd]');
			if (!button) {
				return;
			}
			surface.focus();
			var cmd = button.getAttribute('data-cmd');
			if (cmd === 'h2' || cmd === 'h3' || cmd === 'blockquote' || cmd === 'p') {
				document.execCommand('formatBlock', false, '<' + cmd + '>');
			} else if (cmd === 'createLink') {
				var url = window.prompt(form.getAttribute('data-msg-link'), 'https://');
				if (url && /^https?:\/\//i.test(url)) {
					document.execCommand('createLink', false, url);
				}
			} else {
				document.execCommand(cmd, false, null);
			}
			sync();
			changed = true;
		});
		// arrow keys move between toolbar buttons, as in a toolbar widget
		toolbar.addEventListener('keydown', function (event) {
			if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') {
				return;
			}
			var buttons = Array.prototype.slice.call(toolbar.querySelectorAll('button'));
			var i = buttons.indexOf(document.activeElement);
			if (i < 0) {
				return;
			}
			// right-to-left: the left arrow goes to the next button
			var next = event.key === 'ArrowLeft' ? i + 1 : i - 1;
			buttons[(next + buttons.length) % buttons.length].focus();
			event.preventDefault();
		});
		form.addEventListener('submit', sync);
	}

	if (readOnly) {
		return;
	}
	var changed = false;
	var busy = false;
	form.addEventListener('input', function () { changed = true; });

	function show(text) {
		if (status) {
			status.textContent = text;
		}
	}

	function autosave() {
		if (!changed || busy) {
			return;
		}
		var isNew = form.hasAttribute('data-new');
		if (isNew && !form.querySelector('input[name="title"]').value.trim()) {
			return; // a new draft needs a title before it can be stored
		}
		if (textarea && surface && !surface.hidden) {
			textarea.value = surface.innerHTML;
		}
		busy = true;
		changed = false;
		show(form.getAttribute('data-msg-saving'));
		fetch(form.getAttribute('data-autosave'), {
			method: 'POST',
			body: new FormData(form),
			headers: { 'Accept': 'application/json', 'X-Autosave': '1' },
			credentials: 'same-origin'
		}).then(function (response) {
			if (!response.ok) {
				throw new Error(String(response.status));
			}
			return response.json();
		}).then(function (answer) {
			if (isNew && answer.id) {
				// the draft exists now: further saves and autosaves go to it
				form.removeAttribute('data-new');
				form.setAttribute('action', answer.action);
				form.setAttribute('data-autosave', answer.action + '/autosave');
				history.replaceState(null, '', answer.edit);
				show('');
			} else {
				show(answer.message || '');
			}
		}).catch(function () {
			changed = true;
			show(form.getAttribute('data-msg-failed'));
		}).finally(function () {
			busy = false;
		});
	}

	setInterval(autosave, 10000);
})();
