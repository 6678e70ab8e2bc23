// The console's workspace tabs, as Salesforce switches them: the chosen tab's body is shown,
// the others hidden (slds-hide), and the URL becomes the chosen record's without a reload.
document.addEventListener('click', (event) => {
  const tab = event.target instanceof Element ? event.target.closest('[role="tab"][data-tab]') : null;
  if (!tab) return;
  event.preventDefault();
  const chosen = tab.getAttribute('data-tab');
  for (const other of document.querySelectorAll('[role="tab"][data-tab]')) {
    other.setAttribute('aria-selected', String(other === tab));
  }
  for (const body of document.querySelectorAll('section.tabContent[data-tab]')) {
    body.classList.toggle('slds-hide', body.getAttribute('data-tab') !== chosen);
  }
  history.pushState(null, '', tab.getAttribute('href'));
  document.title = `${tab.textContent} | Contact | Service Console`;
});
