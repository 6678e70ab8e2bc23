// Demo of Salesforce Lightning's new Case page and the Case it saves, for Casebook's
// escalation e2e test (issue 12). Hand-made 2026-11-23 (no live page was saved): the record
// layout items carry field-label as in notes/site-dom.md sec. 8, the inputs are named by
// API name. Like Lightning's components, the form keeps its own state from input events
// (a value set without them is not saved), and Save swaps in the record page with
// history.pushState, as the single-page app does. Saved values live in localStorage, so
// a later visit to the record's address shows them. Invented people.
(function () {
  var CASE_ID = '5005g00000EsCaLAAV';
  var KEY = 'demo-case-' + CASE_ID;
  var FIELDS = [
    ['Subject', 'Subject', 'input'],
    ['Description', 'Description', 'textarea'],
    ['Web Name', 'SuppliedName', 'input'],
    ['Web Email', 'SuppliedEmail', 'input'],
    ['Web Phone', 'SuppliedPhone', 'input'],
  ];

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, attrs[name]);
    });
    if (text != null) node.textContent = text;
    return node;
  }

  function item(label, child) {
    var row = el('records-record-layout-item', { 'field-label': label });
    row.append(el('span', { class: 'label' }, label), child);
    return row;
  }

  function renderForm(root) {
    var state = {};
    var form = el('div', { class: 'card', role: 'dialog', 'aria-label': 'New Case' });
    form.append(el('h2', {}, 'New Case'));
    FIELDS.forEach(function (field) {
      var control = el(field[2], { name: field[1], 'aria-label': field[0] });
      control.addEventListener('input', function () {
        state[field[1]] = control.value;
      });
      form.append(item(field[0], control));
    });
    var error = el('p', { role: 'alert', class: 'error' });
    var save = el('button', { name: 'SaveEdit', type: 'button' }, 'Save');
    save.addEventListener('click', function () {
      if (!state.Subject) {
        error.textContent = 'Complete this field: Subject';
        return;
      }
      localStorage.setItem(KEY, JSON.stringify(state));
      history.pushState({}, '', '/lightning/r/Case/' + CASE_ID + '/view');
      renderRecord(root);
    });
    form.append(error, save);
    root.replaceChildren(form);
  }

  function renderRecord(root) {
    var saved = JSON.parse(localStorage.getItem(KEY) || '{}');
    document.title = (saved.Subject || 'Case') + ' | Case | Salesforce';
    var header = el('div', { class: 'slds-page-header' });
    header.append(el('span', { class: 'entityNameTitle' }, 'Case'));
    header.append(el('h1', { class: 'slds-page-header__title' }, '00001042'));
    var details = el('div', { class: 'card', 'data-testid': 'saved-case' });
    var contact = el('force-lookup');
    contact.append(el('a', { href: '/lightning/r/Contact/0035g00000PrYaRAAV/view' }, saved.SuppliedName || ''));
    details.append(item('Contact Name', contact));
    if (saved.SuppliedEmail) {
      var email = el('lightning-formatted-email');
      email.append(el('a', { href: 'mailto:' + saved.SuppliedEmail }, saved.SuppliedEmail));
      details.append(item('Web Email', email));
    }
    details.append(item('Subject', el('lightning-formatted-text', {}, saved.Subject || '')));
    details.append(item('Description', el('pre', { class: 'description' }, saved.Description || '')));
    root.replaceChildren(header, details);
  }

  var root = document.getElementById('app');
  if (location.pathname.indexOf('/lightning/o/Case/new') === 0) renderForm(root);
  else renderRecord(root);
})();
