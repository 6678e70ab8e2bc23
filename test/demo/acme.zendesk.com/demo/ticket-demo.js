// Demo of Zendesk's new ticket tab and the ticket it saves, for Casebook's escalation e2e
// test (issue 12). Hand-made 2026-11-23 (no live page was saved): the pane and testids as in
// notes/site-dom.md sec. 8 and ../agent/tickets/4821.html (omni-header-subject, the
// CKEditor composer, the requester field). The description is a contenteditable editor
// that, like CKEditor, keeps its own model from input events; the subject and requester
// keep theirs from input events too. "Submit as New" needs a requester, then swaps in the
// saved ticket with history.pushState, as the agent workspace does. Invented people.
(function () {
  var TICKET_ID = '4822';
  var KEY = 'demo-ticket-' + TICKET_ID;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, attrs[name]);
    });
    if (text != null) node.textContent = text;
    return node;
  }

  function pane() {
    return el('div', { class: 'ticket-panes-grid-layout page', 'data-is-active': 'true' });
  }

  function renderForm(root) {
    var state = { subject: '', description: '', requester: '' };
    var p = pane();
    var fields = el('section', { 'aria-label': 'Ticket fields' });
    var requesterField = el('div', { 'data-test-id': 'ticket-system-field-requester-select' });
    var requester = el('input', { role: 'combobox', 'aria-label': 'Requester' });
    requester.addEventListener('input', function () {
      state.requester = requester.value;
    });
    requesterField.append(requester);
    fields.append(el('label', {}, 'Requester'), requesterField);
    var subject = el('input', { 'data-test-id': 'omni-header-subject', 'aria-label': 'Subject' });
    subject.addEventListener('input', function () {
      state.subject = subject.value;
    });
    fields.append(el('label', {}, 'Subject'), subject);
    var composer = el('section', { role: 'log', 'aria-label': 'Conversation' });
    var editor = el('div', {
      'data-test-id': 'omnicomposer-rich-text-ckeditor',
      contenteditable: 'true',
      'aria-label': 'Description',
      class: 'editor',
    });
    editor.addEventListener('input', function () {
      state.description = editor.innerText;
    });
    var error = el('p', { role: 'alert', class: 'error' });
    var submit = el('button', { 'data-test-id': 'submit_button-button', type: 'button' }, 'Submit as New');
    submit.addEventListener('click', function () {
      if (!state.requester.trim()) {
        error.textContent = 'Requester: cannot be blank';
        return;
      }
      localStorage.setItem(KEY, JSON.stringify(state));
      history.pushState({}, '', '/agent/tickets/' + TICKET_ID);
      renderTicket(root);
    });
    composer.append(editor);
    p.append(fields, composer, error, submit);
    root.replaceChildren(p);
  }

  function renderTicket(root) {
    var saved = JSON.parse(localStorage.getItem(KEY) || '{}');
    document.title = (saved.subject || 'Ticket') + ' - Zendesk';
    var p = pane();
    p.setAttribute('data-testid', 'saved-ticket');
    var fields = el('section', { 'aria-label': 'Ticket fields' });
    fields.append(
      el('label', {}, 'Requester'),
      el('div', { 'data-test-id': 'ticket-system-field-requester-select' }, saved.requester || ''),
      el('label', {}, 'Ticket'),
      el('h1', {}, '#' + TICKET_ID + ' ' + (saved.subject || '')),
    );
    var log = el('section', { role: 'log', 'aria-label': 'Conversation' });
    log.append(el('article', { class: 'comment' }, saved.description || ''));
    p.append(fields, log);
    root.replaceChildren(p);
  }

  var root = document.getElementById('app');
  if (location.pathname.indexOf('/agent/tickets/new') === 0) renderForm(root);
  else renderTicket(root);
})();
