<!doctype html>
<!--
  Demo of a Dynamics 365 contact form for Casebook's e2e tests, served for
  https://acme.crm.dynamics.com/main.aspx?...&pagetype=entityrecord&etn=contact&id=3f2504e0-4f89-11d3-9a0c-0305e82c3301
  by test/support/https-server.ts (any query: the record is in the URL, the form is this one).
  Markup follows notes/site-dom.md §8 (data-id="<attribute>.fieldControl-...",
  #headerContainer h1), as test/fixtures/dynamics/contact.html does. Invented people. No scripts.
  test/dom/crm-demo-pages.test.ts reads it through the adapter so the two cannot drift.
-->
<html lang="en">
<head>
<meta charset="utf-8">
<title>Contact: Dana Reyes - Dynamics 365</title>
<style>
  body { margin: 0; font: 14px/1.45 system-ui, sans-serif; background: #f5f8fa; color: #33475b; }
  header, nav { background: #fff; border-bottom: 1px solid #dfe3eb; padding: 8px 16px; }
  main, .page { display: flex; gap: 16px; padding: 16px; align-items: flex-start; }
  section, aside, .card, [data-card-type] { background: #fff; border: 1px solid #dfe3eb; border-radius: 4px; padding: 12px 16px; }
  h1, h2, h3 { margin: 4px 0; }
  a { color: #0068b3; }
  .label, label, dt, th { color: #7c98b6; font-size: 12px; display: block; text-align: left; }
</style>
</head>
<body>
<nav aria-label="Site Map"><strong>Dynamics 365</strong> &middot; <a href="mailto:crm-admins@acme.example">CRM admins</a></nav>
<div class="page">
  <section>
    <div id="headerContainer">
      <h1>Dana Reyes - Saved</h1>
      <div>Owner: <span data-id="ownerid.fieldControl-LookupResultsDropdown_ownerid_selected_tag_text">Priya Natarajan</span></div>
    </div>
    <label for="fn">First Name</label><input id="fn" data-id="firstname.fieldControl-text-box-text" value="Dana">
    <label for="ln">Last Name</label><input id="ln" data-id="lastname.fieldControl-text-box-text" value="Reyes">
    <label for="em">Email</label><input id="em" data-id="emailaddress1.fieldControl-mail-text-input" value="dana.reyes@example.com">
    <label for="ph">Business Phone</label><input id="ph" data-id="telephone1.fieldControl-phone-text-input" value="+1 415 555 0134">
    <label>Company Name</label>
    <div data-id="parentcustomerid.fieldControl-LookupResultsDropdown_parentcustomerid_selected_tag_text">Northwind Outfitters</div>
  </section>
</div>
</body>
</html>
