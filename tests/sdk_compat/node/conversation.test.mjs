// Every method of the official Node SDK's Conversation domain, against the emulator.
//
// Run by tests/sdk_compat/test_node_sdk.py (or `make sdk-compat`), which starts an emulator
// and passes its URL and credentials in EMULATOR_URL, EMULATOR_PROJECT_ID, EMULATOR_KEY_ID,
// EMULATOR_KEY_SECRET. One test per SDK method, named `<api>.<method>`; list filters get
// their own `<api>.<method>(<filter>)` test. Each checks returned fields and reads state back.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, test } from 'node:test';

import { ConversationCallbackWebhooks, SinchClient } from '@sinch/sdk-core';

const URL_ = process.env.EMULATOR_URL;
const PROJECT = process.env.EMULATOR_PROJECT_ID;
const REGION = 'us';

// The README's configuration: only the hosts change (the region is a path prefix).
const sinch = new SinchClient({
  projectId: PROJECT,
  keyId: process.env.EMULATOR_KEY_ID,
  keySecret: process.env.EMULATOR_KEY_SECRET,
  authHostname: URL_,
  conversationRegion: REGION,
  conversationHostname: `${URL_}/${REGION}`,
  conversationTemplatesHostname: `${URL_}/${REGION}`,
});
const conv = sinch.conversation;

let counter = 0;
const phone = () => `+4674${String(++counter).padStart(7, '0')}`;
const sms = (identity) => ({ identified_by: { channel_identities: [{ channel: 'SMS', identity }] } });

async function newApp(mode = 'CONVERSATION', name = 'node sdk app') {
  return conv.app.create({
    appCreateRequestBody: {
      display_name: name,
      processing_mode: mode,
      channel_credentials: [
        { channel: 'SMS', static_bearer: { claimed_identity: 'node-sender', token: 'sms-token' } },
        { channel: 'MESSENGER', static_token: { token: 'messenger-token' } },
      ],
    },
  });
}

async function newContact(fields = {}, identity = phone(), channel = 'SMS') {
  return conv.contact.create({
    contactCreateRequestBody: {
      channel_identities: [{ channel, identity }],
      language: 'EN_US',
      ...fields,
    },
  });
}

async function all(listPromise) {
  const items = [];
  for await (const item of listPromise) items.push(item);
  return items;
}

async function notFound(promise) {
  await assert.rejects(promise, (err) => {
    assert.equal(err.statusCode, 404, `expected 404, got ${err.statusCode}: ${err.data ?? err.message}`);
    return true;
  });
}

// Plain HTTP to the emulator's control endpoints and to operations the SDK does not have.
async function control(path, body) {
  const response = await fetch(`${URL_}/${REGION}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ project_id: PROJECT, ...body }),
  });
  const text = await response.text();
  assert.equal(response.status, 200, text);
  return JSON.parse(text);
}
const inbound = (app_id, identity, text, channel = 'SMS') =>
  control('/_emulator/inbound', { app_id, channel, identity, text });

let app;
let contact;
before(async () => {
  app = await newApp();
  contact = await newContact({ display_name: 'Ada', email: 'ada@example.com', external_id: 'ext-ada' });
});

async function sendText(text, recipient = { contact_id: contact.id }, appId = app.id) {
  return conv.messages.sendTextMessage({
    sendMessageRequestBody: { app_id: appId, recipient, message: { text_message: { text } } },
  });
}

async function conversationOf(contactId = contact.id) {
  return conv.conversation.create({
    createConversationRequestBody: { app_id: app.id, contact_id: contactId, active: true, active_channel: 'SMS' },
  });
}

const tested = new Set();
function sdkTest(name, fn) {
  tested.add(name.split('(')[0]);
  test(name, fn);
}

// -- app -------------------------------------------------------------------------------------

sdkTest('app.create', async () => {
  const created = await newApp('DISPATCH', 'created by node');
  assert.ok(created.id);
  assert.equal(created.display_name, 'created by node');
  assert.equal(created.processing_mode, 'DISPATCH');
  assert.deepEqual(created.channel_credentials.map((c) => c.channel), ['SMS', 'MESSENGER']);
  assert.equal(created.channel_credentials[0].static_bearer.claimed_identity, 'node-sender');
});

sdkTest('app.get', async () => {
  const got = await conv.app.get({ app_id: app.id });
  assert.equal(got.id, app.id);
  assert.equal(got.display_name, 'node sdk app');
  assert.equal(got.channel_credentials[1].static_token.token, 'messenger-token');
});

sdkTest('app.list', async () => {
  const listed = await conv.app.list({});
  const mine = listed.apps.find((a) => a.id === app.id);
  assert.equal(mine?.display_name, 'node sdk app');
});

sdkTest('app.update', async () => {
  const target = await newApp();
  const updated = await conv.app.update({
    app_id: target.id,
    update_mask: ['display_name', 'processing_mode'],
    appUpdateRequestBody: { display_name: 'renamed', processing_mode: 'DISPATCH', conversation_metadata_report_view: 'FULL' },
  });
  assert.equal(updated.display_name, 'renamed');
  assert.equal(updated.processing_mode, 'DISPATCH');
  assert.equal(updated.conversation_metadata_report_view, 'NONE', 'a field outside update_mask changed');
  const got = await conv.app.get({ app_id: target.id });
  assert.equal(got.display_name, 'renamed');
  assert.equal(got.channel_credentials.length, 2);
});

sdkTest('app.delete', async () => {
  const doomed = await newApp();
  await conv.app.delete({ app_id: doomed.id });
  await notFound(conv.app.get({ app_id: doomed.id }));
});

// -- capability --------------------------------------------------------------------------------

sdkTest('capability.lookup', async () => {
  const answer = await conv.capability.lookup({
    lookupCapabilityRequestBody: { app_id: app.id, recipient: { contact_id: contact.id }, request_id: 'cap-1' },
  });
  assert.equal(answer.app_id, app.id);
  assert.equal(answer.request_id, 'cap-1');
  assert.equal(answer.recipient.contact_id, contact.id);
});

// -- consents ----------------------------------------------------------------------------------

const stopper = phone();
async function optedOut() {
  await inbound(app.id, stopper, 'STOP');
}

sdkTest('consents.listIdentities', async () => {
  await optedOut();
  const page = await conv.consents.listIdentities({ app_id: app.id, list_type: 'OPT_OUT_ALL' });
  const identities = page.data.map((entry) => entry.identity ?? entry);
  assert.ok(identities.includes(stopper), `opted-out ${stopper} not in ${JSON.stringify(page.data)}`);
});

sdkTest('consents.listAuditRecords', async () => {
  await optedOut();
  const records = await conv.consents.listAuditRecords({ app_id: app.id, identity: stopper });
  assert.equal(records.identity.identity, stopper);
  const first = records.audit_records[0];
  assert.equal(first.app_id, app.id);
  assert.equal(first.project_id, PROJECT);
  assert.equal(first.origin, 'ORIGIN_MO');
  assert.equal(first.operation, 'OPERATION_INSERT');
  assert.equal(first.list_type, 'OPT_OUT_ALL');
});

// -- contact -----------------------------------------------------------------------------------

sdkTest('contact.create', async () => {
  const number = phone();
  const created = await newContact({ display_name: 'Grace', email: 'g@example.com', external_id: 'ext-g', metadata: 'vip' }, number);
  assert.ok(created.id);
  assert.equal(created.display_name, 'Grace');
  assert.equal(created.email, 'g@example.com');
  assert.equal(created.external_id, 'ext-g');
  assert.equal(created.metadata, 'vip');
  assert.deepEqual(created.channel_identities.map((i) => i.identity), [number]);
});

sdkTest('contact.get', async () => {
  const got = await conv.contact.get({ contact_id: contact.id });
  assert.equal(got.id, contact.id);
  assert.equal(got.display_name, 'Ada');
  assert.equal(got.external_id, 'ext-ada');
});

sdkTest('contact.list', async () => {
  const made = [];
  for (let n = 0; n < 3; n++) made.push((await newContact({ display_name: `paged ${n}` })).id);
  const first = await conv.contact.list({ page_size: 2 });
  assert.equal(first.data.length, 2);
  assert.ok(first.hasNextPage);
  const ids = (await all(conv.contact.list({ page_size: 2 }))).map((c) => c.id);
  for (const id of made) assert.ok(ids.includes(id), `${id} not listed`);
  assert.equal(new Set(ids).size, ids.length, 'a contact listed twice across pages');
});

sdkTest('contact.list(external_id)', async () => {
  const wanted = await newContact({ external_id: 'node-only-me' });
  await newContact({ external_id: 'node-someone-else' });
  const found = await all(conv.contact.list({ external_id: 'node-only-me' }));
  assert.deepEqual(found.map((c) => c.id), [wanted.id]);
});

sdkTest('contact.list(channel, identity)', async () => {
  const number = phone();
  const wanted = await newContact({}, number);
  await newContact();
  const found = await all(conv.contact.list({ channel: 'SMS', identity: number }));
  assert.deepEqual(found.map((c) => c.id), [wanted.id]);
});

sdkTest('contact.update', async () => {
  const target = await newContact({ display_name: 'before', email: 'keep@example.com' });
  const updated = await conv.contact.update({
    contact_id: target.id,
    update_mask: ['display_name', 'metadata'],
    updateContactRequestBody: { display_name: 'after', metadata: 'm2', email: 'ignored@example.com' },
  });
  assert.equal(updated.display_name, 'after');
  assert.equal(updated.metadata, 'm2');
  assert.equal(updated.email, 'keep@example.com', 'a field outside update_mask changed');
  const got = await conv.contact.get({ contact_id: target.id });
  assert.equal(got.display_name, 'after');
});

sdkTest('contact.delete', async () => {
  const doomed = await newContact();
  await conv.contact.delete({ contact_id: doomed.id });
  await notFound(conv.contact.get({ contact_id: doomed.id }));
});

sdkTest('contact.mergeContact', async () => {
  const keep = await newContact({ display_name: 'kept' });
  const source = await newContact({ email: 'src@example.com' }, 'psid-node-merge', 'MESSENGER');
  const merged = await conv.contact.mergeContact({
    destination_id: keep.id,
    mergeContactRequestBody: { source_id: source.id, strategy: 'MERGE' },
  });
  assert.equal(merged.id, keep.id);
  assert.deepEqual(new Set(merged.channel_identities.map((i) => i.channel)), new Set(['SMS', 'MESSENGER']));
  assert.equal(merged.email, 'src@example.com');
  await notFound(conv.contact.get({ contact_id: source.id }));
});

sdkTest('contact.getChannelProfile', async () => {
  const person = await newContact({}, 'psid-node-profile', 'MESSENGER');
  const profile = await conv.contact.getChannelProfile({
    getChannelProfileRequestBody: { app_id: app.id, channel: 'MESSENGER', recipient: { contact_id: person.id } },
  });
  assert.equal(typeof profile.profile_name, 'string');
  assert.ok(profile.profile_name.length > 0);
});

sdkTest('contact.listIdentityConflicts', async () => {
  // one phone number held by two contacts on two SIM channels (SMS, MMS)
  const number = phone();
  const first = await newContact({}, number);
  const second = await newContact({}, number, 'MMS');
  const conflicts = await all(conv.contact.listIdentityConflicts({ page_size: 20 }));
  const mine = conflicts.filter((c) => c.identity === number);
  assert.equal(mine.length, 1, JSON.stringify(conflicts));
  assert.deepEqual(new Set(mine[0].contact_ids), new Set([first.id, second.id]));
  assert.deepEqual(new Set(mine[0].channels), new Set(['SMS', 'MMS']));
});

// -- conversation ------------------------------------------------------------------------------

sdkTest('conversation.create', async () => {
  const person = await newContact();
  const created = await conv.conversation.create({
    createConversationRequestBody: { app_id: app.id, contact_id: person.id, active: true, active_channel: 'SMS', metadata: 'm' },
  });
  assert.ok(created.id);
  assert.equal(created.app_id, app.id);
  assert.equal(created.contact_id, person.id);
  assert.equal(created.active, true);
  assert.equal(created.active_channel, 'SMS');
  assert.equal(created.metadata, 'm');
});

sdkTest('conversation.get', async () => {
  const made = await conversationOf(( await newContact()).id);
  const got = await conv.conversation.get({ conversation_id: made.id });
  assert.equal(got.id, made.id);
  assert.equal(got.app_id, app.id);
});

sdkTest('conversation.list', async () => {
  const person = await newContact();
  const made = await conversationOf(person.id);
  const found = await all(conv.conversation.list({ only_active: false, app_id: app.id, contact_id: person.id }));
  assert.deepEqual(found.map((c) => c.id), [made.id]);
});

sdkTest('conversation.list(active_channel)', async () => {
  const person = await newContact();
  const made = await conversationOf(person.id);
  const onSms = await all(conv.conversation.list({ only_active: false, app_id: app.id, active_channel: 'SMS' }));
  assert.ok(onSms.some((c) => c.id === made.id));
  assert.ok(onSms.every((c) => c.active_channel === 'SMS'));
  const onMessenger = await all(conv.conversation.list({ only_active: false, app_id: app.id, active_channel: 'MESSENGER' }));
  assert.ok(!onMessenger.some((c) => c.id === made.id));
});

sdkTest('conversation.listRecent', async () => {
  const recentApp = await newApp();
  const [older, newer] = [phone(), phone()];
  await sendText('older', sms(older), recentApp.id);
  await sendText('newer', sms(newer), recentApp.id);
  const recent = await all(conv.conversation.listRecent({ app_id: recentApp.id, order: 'DESC' }));
  assert.deepEqual(
    recent.map((r) => r.last_message.app_message.text_message.text),
    ['newer', 'older'],
  );
  assert.ok(recent.every((r) => r.conversation.app_id === recentApp.id));
});

sdkTest('conversation.update', async () => {
  const made = await conversationOf((await newContact()).id);
  const updated = await conv.conversation.update({
    conversation_id: made.id,
    update_mask: ['metadata'],
    updateConversationRequestBody: { metadata: 'updated', active_channel: 'MESSENGER' },
  });
  assert.equal(updated.metadata, 'updated');
  assert.equal(updated.active_channel, 'SMS', 'a field outside update_mask changed');
  assert.equal((await conv.conversation.get({ conversation_id: made.id })).metadata, 'updated');
});

sdkTest('conversation.stopActive', async () => {
  const made = await conversationOf((await newContact()).id);
  await conv.conversation.stopActive({ conversation_id: made.id });
  assert.equal((await conv.conversation.get({ conversation_id: made.id })).active, false);
});

sdkTest('conversation.delete', async () => {
  const made = await conversationOf((await newContact()).id);
  await conv.conversation.delete({ conversation_id: made.id });
  await notFound(conv.conversation.get({ conversation_id: made.id }));
});

sdkTest('conversation.injectMessage', async () => {
  const person = await newContact();
  const made = await conversationOf(person.id);
  await conv.conversation.injectMessage({
    conversation_id: made.id,
    injectMessageRequestBody: {
      app_message: { text_message: { text: 'injected' } },
      accept_time: new Date(),
      channel_identity: person.channel_identities[0],
      contact_id: person.id,
      direction: 'TO_CONTACT',
    },
  });
  const listed = await all(conv.messages.list({ conversation_id: made.id }));
  assert.deepEqual(listed.map((m) => m.app_message.text_message.text), ['injected']);
});

sdkTest('conversation.injectEvent', async () => {
  const person = await newContact();
  const made = await conversationOf(person.id);
  const injected = await conv.conversation.injectEvent({
    conversation_id: made.id,
    injectConversationEventRequestBody: {
      app_event: { composing_event: {} },
      accept_time: new Date(),
      channel_identity: person.channel_identities[0],
      contact_id: person.id,
    },
  });
  assert.ok(injected.event_id);
  const got = await conv.events.get({ event_id: injected.event_id });
  assert.equal(got.conversation_id, made.id);
  assert.ok(got.app_event.composing_event);
});

// -- events ------------------------------------------------------------------------------------

async function sentEvent(method, event) {
  const person = await newContact();
  const sent = await conv.events[method]({
    sendEventRequestBody: { app_id: app.id, recipient: { contact_id: person.id }, event },
  });
  assert.ok(sent.event_id);
  assert.ok(sent.accepted_time);
  const got = await conv.events.get({ event_id: sent.event_id });
  assert.equal(got.id, sent.event_id);
  assert.equal(got.contact_id, person.id);
  return { sent, got, person };
}

sdkTest('events.send', async () => {
  const { got } = await sentEvent('send', { generic_event: { payload: { any: 'thing' } } });
  assert.deepEqual(got.app_event.generic_event.payload, { any: 'thing' });
});
sdkTest('events.sendComposingEvent', async () => {
  assert.ok((await sentEvent('sendComposingEvent', { composing_event: {} })).got.app_event.composing_event);
});
sdkTest('events.sendComposingEndEvent', async () => {
  assert.ok((await sentEvent('sendComposingEndEvent', { composing_end_event: {} })).got.app_event.composing_end_event);
});
sdkTest('events.sendCommentReplyEvent', async () => {
  const { got } = await sentEvent('sendCommentReplyEvent', { comment_reply_event: { text: 'thanks' } });
  assert.equal(got.app_event.comment_reply_event.text, 'thanks');
});
sdkTest('events.sendAgentJoinedEvent', async () => {
  const agent = { display_name: 'Agent A', type: 'HUMAN' };
  const { got } = await sentEvent('sendAgentJoinedEvent', { agent_joined_event: { agent } });
  assert.equal(got.app_event.agent_joined_event.agent.display_name, 'Agent A');
});
sdkTest('events.sendAgentLeftEvent', async () => {
  const agent = { display_name: 'Agent B', type: 'BOT' };
  const { got } = await sentEvent('sendAgentLeftEvent', { agent_left_event: { agent } });
  assert.equal(got.app_event.agent_left_event.agent.display_name, 'Agent B');
});
sdkTest('events.sendGenericEvent', async () => {
  const { got } = await sentEvent('sendGenericEvent', { generic_event: { payload: { n: 1 } } });
  assert.deepEqual(got.app_event.generic_event.payload, { n: 1 });
});

sdkTest('events.get', async () => {
  const { got, person } = await sentEvent('sendComposingEvent', { composing_event: {} });
  assert.equal(got.direction, 'TO_CONTACT');
  assert.equal(got.channel_identity.identity, person.channel_identities[0].identity);
  assert.equal(got.processing_mode, 'CONVERSATION');
});

sdkTest('events.list', async () => {
  const { sent, person } = await sentEvent('sendComposingEvent', { composing_event: {} });
  const second = await conv.events.sendComposingEndEvent({
    sendEventRequestBody: { app_id: app.id, recipient: { contact_id: person.id }, event: { composing_end_event: {} } },
  });
  const first = await conv.events.list({ contact_id: person.id, page_size: 1 });
  assert.equal(first.data.length, 1);
  assert.ok(first.hasNextPage);
  const ids = (await all(conv.events.list({ contact_id: person.id, page_size: 1 }))).map((e) => e.id);
  assert.deepEqual(new Set(ids), new Set([sent.event_id, second.event_id]));
});

sdkTest('events.delete', async () => {
  const { sent } = await sentEvent('sendComposingEvent', { composing_event: {} });
  await conv.events.delete({ event_id: sent.event_id });
  await notFound(conv.events.get({ event_id: sent.event_id }));
});

// -- messages ----------------------------------------------------------------------------------

async function sentMessage(method, message) {
  const sent = await conv.messages[method]({
    sendMessageRequestBody: { app_id: app.id, recipient: sms(phone()), message },
  });
  assert.ok(sent.message_id);
  const got = await conv.messages.get({ message_id: sent.message_id });
  assert.equal(got.id, sent.message_id);
  assert.equal(got.direction, 'TO_CONTACT');
  return got.app_message;
}

sdkTest('messages.send', async () => {
  const got = await sentMessage('send', { text_message: { text: 'generic' } });
  assert.equal(got.text_message.text, 'generic');
});
sdkTest('messages.sendTextMessage', async () => {
  assert.equal((await sentMessage('sendTextMessage', { text_message: { text: 'hi' } })).text_message.text, 'hi');
});
sdkTest('messages.sendCardMessage', async () => {
  const card = { title: 'Card', description: 'desc', media_message: { url: 'https://example.com/c.png' } };
  const got = (await sentMessage('sendCardMessage', { card_message: card })).card_message;
  assert.equal(got.title, 'Card');
  assert.equal(got.media_message.url, 'https://example.com/c.png');
});
sdkTest('messages.sendCarouselMessage', async () => {
  const cards = [{ title: 'one' }, { title: 'two' }];
  const got = (await sentMessage('sendCarouselMessage', { carousel_message: { cards } })).carousel_message;
  assert.deepEqual(got.cards.map((c) => c.title), ['one', 'two']);
});
sdkTest('messages.sendChoiceMessage', async () => {
  const choice = { text_message: { text: 'pick' }, choices: [{ text_message: { text: 'yes' } }] };
  const got = (await sentMessage('sendChoiceMessage', { choice_message: choice })).choice_message;
  assert.equal(got.text_message.text, 'pick');
  assert.equal(got.choices[0].text_message.text, 'yes');
});
sdkTest('messages.sendContactInfoMessage', async () => {
  const info = { name: { full_name: 'Ada Lovelace' }, phone_numbers: [{ phone_number: '+4670' }] };
  const got = (await sentMessage('sendContactInfoMessage', { contact_info_message: info })).contact_info_message;
  assert.equal(got.name.full_name, 'Ada Lovelace');
});
sdkTest('messages.sendListMessage', async () => {
  const list = { title: 'Menu', sections: [{ title: 'Drinks', items: [{ choice: { title: 'Tea' } }] }] };
  const got = (await sentMessage('sendListMessage', { list_message: list })).list_message;
  assert.equal(got.sections[0].items[0].choice.title, 'Tea');
});
sdkTest('messages.sendLocationMessage', async () => {
  const where = { title: 'Office', coordinates: { latitude: 59.33, longitude: 18.06 } };
  const got = (await sentMessage('sendLocationMessage', { location_message: where })).location_message;
  assert.deepEqual(got.coordinates, { latitude: 59.33, longitude: 18.06 });
});
sdkTest('messages.sendMediaMessage', async () => {
  const got = (await sentMessage('sendMediaMessage', { media_message: { url: 'https://example.com/a.jpg' } })).media_message;
  assert.equal(got.url, 'https://example.com/a.jpg');
});
sdkTest('messages.sendTemplateMessage', async () => {
  const omni = { template_id: 'tpl-1', version: '1', language_code: 'en-US', parameters: { name: 'Ada' } };
  const got = (await sentMessage('sendTemplateMessage', { template_message: { omni_template: omni } })).template_message;
  assert.equal(got.omni_template.template_id, 'tpl-1');
  assert.deepEqual(got.omni_template.parameters, { name: 'Ada' });
});

sdkTest('messages.get', async () => {
  const sent = await sendText('read me');
  const got = await conv.messages.get({ message_id: sent.message_id, messages_source: 'CONVERSATION_SOURCE' });
  assert.equal(got.contact_id, contact.id);
  assert.ok(got.conversation_id);
  assert.equal(got.app_message.text_message.text, 'read me');
});

sdkTest('messages.list', async () => {
  const person = await newContact();
  const ids = [];
  for (const text of ['m0', 'm1', 'm2']) ids.push((await sendText(text, { contact_id: person.id })).message_id);
  const first = await conv.messages.list({ contact_id: person.id, page_size: 2 });
  assert.equal(first.data.length, 2);
  assert.ok(first.hasNextPage);
  const listed = await all(conv.messages.list({ contact_id: person.id, page_size: 2 }));
  assert.deepEqual(listed.map((m) => m.id), ids.reverse());
});

sdkTest('messages.list(messages_source)', async () => {
  const dispatch = await newApp('DISPATCH');
  const sent = await sendText('dispatched', sms(phone()), dispatch.id);
  const listed = await all(conv.messages.list({ app_id: dispatch.id, messages_source: 'DISPATCH_SOURCE' }));
  assert.deepEqual(listed.map((m) => m.id), [sent.message_id]);
  assert.deepEqual(await all(conv.messages.list({ app_id: dispatch.id })), []);
});

sdkTest('messages.list(direction)', async () => {
  const directed = await newApp();
  const number = phone();
  await sendText('out', sms(number), directed.id);
  await inbound(directed.id, number, 'in');
  const toApp = await all(conv.messages.list({ app_id: directed.id, direction: 'TO_APP' }));
  assert.deepEqual(toApp.map((m) => m.contact_message.text_message.text), ['in']);
  const toContact = await all(conv.messages.list({ app_id: directed.id, direction: 'TO_CONTACT' }));
  assert.deepEqual(toContact.map((m) => m.app_message.text_message.text), ['out']);
});

sdkTest('messages.update', async () => {
  const sent = await sendText('x');
  const updated = await conv.messages.update({
    message_id: sent.message_id,
    updateMessageRequestBody: { metadata: 'tagged' },
  });
  assert.equal(updated.metadata, 'tagged');
  assert.equal((await conv.messages.get({ message_id: sent.message_id })).metadata, 'tagged');
});

sdkTest('messages.delete', async () => {
  const sent = await sendText('x');
  await conv.messages.delete({ message_id: sent.message_id });
  await notFound(conv.messages.get({ message_id: sent.message_id }));
});

sdkTest('messages.listLastMessagesByChannelIdentity', async () => {
  const [a, b] = [phone(), phone()];
  await sendText('a1', sms(a));
  await sendText('a2', sms(a));
  await sendText('b1', sms(b));
  const last = await all(conv.messages.listLastMessagesByChannelIdentity({
    listLastMessagesByChannelIdentityRequestBody: { channel_identities: [a, b], app_id: app.id },
  }));
  const texts = Object.fromEntries(last.map((m) => [m.channel_identity.identity, m.app_message.text_message.text]));
  assert.deepEqual(texts, { [a]: 'a2', [b]: 'b1' });
});

// -- project settings (one per project; 404 before create) -------------------------------------

sdkTest('projectSettings.create', async () => {
  await conv.projectSettings.delete({}).catch(() => undefined);
  await notFound(conv.projectSettings.get({}));
  const created = await conv.projectSettings.create({
    createProjectSettingsRequestBody: { contact_settings: { unified_contact_id_enabled: true } },
  });
  assert.equal(created.project_id, PROJECT);
  assert.equal(created.settings.contact_settings.unified_contact_id_enabled, true);
});

sdkTest('projectSettings.get', async () => {
  const got = await conv.projectSettings.get({});
  assert.equal(got.project_id, PROJECT);
  assert.equal(got.settings.contact_settings.unified_contact_id_enabled, true);
});

sdkTest('projectSettings.update', async () => {
  const updated = await conv.projectSettings.update({
    updateProjectSettingsRequestBody: { contact_settings: { unified_contact_id_enabled: false } },
  });
  assert.equal(updated.settings.contact_settings.unified_contact_id_enabled, false);
  const got = await conv.projectSettings.get({});
  assert.equal(got.settings.contact_settings.unified_contact_id_enabled, false);
});

sdkTest('projectSettings.delete', async () => {
  await conv.projectSettings.delete({});
  await notFound(conv.projectSettings.get({}));
});

// -- templates v1 (template host) ---------------------------------------------------------------

const v1Body = (description) => ({
  description,
  channel: 'UNSPECIFIED',
  default_translation: 'en-US',
  translations: [{
    language_code: 'en-US',
    version: '1',
    content: JSON.stringify({ text_message: { text: 'Hello ${name}' } }),
    variables: [{ key: 'name', preview_value: 'Ada' }],
  }],
});

sdkTest('templatesV1.create', async () => {
  const created = await conv.templatesV1.create({ createTemplateRequestBody: v1Body('v1 created') });
  assert.ok(created.id);
  assert.equal(created.description, 'v1 created');
  assert.equal(created.default_translation, 'en-US');
  assert.equal(created.translations[0].variables[0].key, 'name');
});

sdkTest('templatesV1.get', async () => {
  const created = await conv.templatesV1.create({ createTemplateRequestBody: v1Body('v1 get') });
  const got = await conv.templatesV1.get({ template_id: created.id });
  assert.equal(got.id, created.id);
  assert.equal(got.description, 'v1 get');
  assert.equal(JSON.parse(got.translations[0].content).text_message.text, 'Hello ${name}');
});

sdkTest('templatesV1.list', async () => {
  const created = await conv.templatesV1.create({ createTemplateRequestBody: v1Body('v1 list') });
  const listed = await conv.templatesV1.list({});
  assert.equal(listed.templates.find((t) => t.id === created.id)?.description, 'v1 list');
});

sdkTest('templatesV1.update', async () => {
  const created = await conv.templatesV1.create({ createTemplateRequestBody: v1Body('v1 before') });
  const updated = await conv.templatesV1.update({
    template_id: created.id,
    update_mask: ['description'],
    updateTemplateRequestBody: { description: 'v1 after', default_translation: 'sv-SE' },
  });
  assert.equal(updated.description, 'v1 after');
  assert.equal(updated.default_translation, 'en-US', 'a field outside update_mask changed');
  assert.equal((await conv.templatesV1.get({ template_id: created.id })).description, 'v1 after');
});

sdkTest('templatesV1.delete', async () => {
  const created = await conv.templatesV1.create({ createTemplateRequestBody: v1Body('v1 doomed') });
  await conv.templatesV1.delete({ template_id: created.id });
  await notFound(conv.templatesV1.get({ template_id: created.id }));
});

// -- templates v2 ------------------------------------------------------------------------------

const v2Body = (description, text = 'Hi ${name}') => ({
  description,
  default_translation: 'en-US',
  translations: [
    { language_code: 'en-US', version: '1', text_message: { text }, variables: [{ key: 'name', preview_value: 'Ada' }] },
    { language_code: 'sv-SE', version: '1', text_message: { text: 'Hej ${name}' } },
  ],
});

sdkTest('templatesV2.create', async () => {
  const created = await conv.templatesV2.create({ createTemplateRequestBody: v2Body('v2 created') });
  assert.ok(created.id);
  assert.equal(created.version, 1);
  assert.equal(created.description, 'v2 created');
  assert.deepEqual(created.translations.map((t) => t.language_code).sort(), ['en-US', 'sv-SE']);
});

sdkTest('templatesV2.get', async () => {
  const created = await conv.templatesV2.create({ createTemplateRequestBody: v2Body('v2 get') });
  const got = await conv.templatesV2.get({ template_id: created.id });
  assert.equal(got.id, created.id);
  assert.equal(got.default_translation, 'en-US');
  assert.equal(got.translations.find((t) => t.language_code === 'en-US').text_message.text, 'Hi ${name}');
});

sdkTest('templatesV2.list', async () => {
  const created = await conv.templatesV2.create({ createTemplateRequestBody: v2Body('v2 list') });
  const listed = await conv.templatesV2.list({});
  assert.equal(listed.templates.find((t) => t.id === created.id)?.description, 'v2 list');
});

sdkTest('templatesV2.listTranslations', async () => {
  const created = await conv.templatesV2.create({ createTemplateRequestBody: v2Body('v2 translations') });
  const everything = await conv.templatesV2.listTranslations({ template_id: created.id });
  assert.deepEqual(everything.translations.map((t) => t.language_code).sort(), ['en-US', 'sv-SE']);
  const swedish = await conv.templatesV2.listTranslations({ template_id: created.id, language_code: 'sv-SE' });
  assert.deepEqual(swedish.translations.map((t) => t.text_message.text), ['Hej ${name}']);
});

sdkTest('templatesV2.update', async () => {
  const created = await conv.templatesV2.create({ createTemplateRequestBody: v2Body('v2 before') });
  const replaced = await conv.templatesV2.update({
    template_id: created.id,
    updateTemplateRequestBody: { version: created.version, ...v2Body('v2 after', 'Hello ${name}') },
  });
  assert.equal(replaced.version, created.version + 1);
  assert.equal(replaced.description, 'v2 after');
  const got = await conv.templatesV2.get({ template_id: created.id });
  assert.equal(got.version, created.version + 1);
  assert.equal(got.translations.find((t) => t.language_code === 'en-US').text_message.text, 'Hello ${name}');
});

sdkTest('templatesV2.delete', async () => {
  const created = await conv.templatesV2.create({ createTemplateRequestBody: v2Body('v2 doomed') });
  await conv.templatesV2.delete({ template_id: created.id });
  await notFound(conv.templatesV2.get({ template_id: created.id }));
});

// -- transcoding -------------------------------------------------------------------------------

sdkTest('transcoding.transcodeMessage', async () => {
  const answer = await conv.transcoding.transcodeMessage({
    transcodeMessageRequestBody: {
      app_id: app.id,
      app_message: { text_message: { text: 'transcode me' } },
      channels: ['SMS', 'MESSENGER'],
    },
  });
  assert.deepEqual(Object.keys(answer.transcoded_message).sort(), ['MESSENGER', 'SMS']);
  for (const wire of Object.values(answer.transcoded_message)) {
    assert.ok(wire.includes('transcode me'), wire);
  }
});

// -- webhooks ----------------------------------------------------------------------------------

const newWebhook = (target = 'http://127.0.0.1:9/unused', triggers = ['MESSAGE_DELIVERY'], secret = 's') =>
  conv.webhooks.create({
    webhookCreateRequestBody: { app_id: app.id, target, target_type: 'HTTP', triggers, secret },
  });

sdkTest('webhooks.create', async () => {
  const created = await newWebhook();
  assert.ok(created.id);
  assert.equal(created.app_id, app.id);
  assert.deepEqual(created.triggers, ['MESSAGE_DELIVERY']);
  await conv.webhooks.delete({ webhook_id: created.id });
});

sdkTest('webhooks.get', async () => {
  const created = await newWebhook('http://127.0.0.1:9/get');
  const got = await conv.webhooks.get({ webhook_id: created.id });
  assert.equal(got.target, 'http://127.0.0.1:9/get');
  await conv.webhooks.delete({ webhook_id: created.id });
});

sdkTest('webhooks.list', async () => {
  const created = await newWebhook();
  const listed = await conv.webhooks.list({ app_id: app.id });
  assert.ok(listed.webhooks.some((w) => w.id === created.id));
  await conv.webhooks.delete({ webhook_id: created.id });
});

sdkTest('webhooks.update', async () => {
  const created = await newWebhook('http://127.0.0.1:9/before');
  const updated = await conv.webhooks.update({
    webhook_id: created.id,
    update_mask: ['target'],
    webhookUpdateRequestBody: { target: 'http://127.0.0.1:9/after', triggers: ['MESSAGE_INBOUND'] },
  });
  assert.equal(updated.target, 'http://127.0.0.1:9/after');
  assert.deepEqual(updated.triggers, ['MESSAGE_DELIVERY'], 'a field outside update_mask changed');
  assert.equal((await conv.webhooks.get({ webhook_id: created.id })).target, 'http://127.0.0.1:9/after');
  await conv.webhooks.delete({ webhook_id: created.id });
});

sdkTest('webhooks.delete', async () => {
  const created = await newWebhook();
  await conv.webhooks.delete({ webhook_id: created.id });
  await notFound(conv.webhooks.get({ webhook_id: created.id }));
});

// -- callbacks: the SDK's own signature check and parser on a callback the emulator signed --------

const SECRET = 'node-callback-secret';
let receiver;
const received = [];
let callbackHook;
async function signedCallback() {
  if (received.length) return received[0];
  receiver = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.end();
    });
  });
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const target = `http://127.0.0.1:${receiver.address().port}/cb`;
  callbackHook = await newWebhook(target, ['MESSAGE_INBOUND'], SECRET);
  await inbound(app.id, phone(), 'signed for node');
  for (let i = 0; i < 200 && !received.length; i++) await new Promise((r) => setTimeout(r, 25));
  assert.ok(received.length, 'no callback arrived');
  return received[0];
}
after(async () => {
  if (callbackHook) await conv.webhooks.delete({ webhook_id: callbackHook.id }).catch(() => undefined);
  receiver?.close();
});

sdkTest('callbacks.validateAuthenticationHeader', async () => {
  const { headers, body } = await signedCallback();
  assert.equal(new ConversationCallbackWebhooks(SECRET).validateAuthenticationHeader(headers, body), true);
  assert.equal(new ConversationCallbackWebhooks('wrong').validateAuthenticationHeader(headers, body), false);
  const tampered = body.replace('signed for node', 'signed for nodE');
  assert.equal(new ConversationCallbackWebhooks(SECRET).validateAuthenticationHeader(headers, tampered), false);
});

sdkTest('callbacks.parseEvent', async () => {
  const { body } = await signedCallback();
  const event = new ConversationCallbackWebhooks('unused').parseEvent(JSON.parse(body));
  assert.equal(event.trigger, 'MESSAGE_INBOUND');
  assert.equal(event.app_id, app.id);
  assert.equal(event.message.contact_message.text_message.text, 'signed for node');
});

// -- every method of the domain has a test ------------------------------------------------------

// helpers the public methods call with an operation id; not methods a user calls
const INTERNAL = new Set(['events.sendEvent', 'messages.sendMessage', 'messages.performSendMessageRequestBodyTransformation']);

test('every SDK method has a test', () => {
  const methods = [];
  for (const [api, object] of Object.entries(conv)) {
    if (api.startsWith('lazy') || object === null || typeof object !== 'object') continue;
    for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(object))) {
      if (name !== 'constructor' && typeof object[name] === 'function') methods.push(`${api}.${name}`);
    }
  }
  for (const name of Object.getOwnPropertyNames(ConversationCallbackWebhooks.prototype)) {
    if (name !== 'constructor') methods.push(`callbacks.${name}`);
  }
  const missing = methods.filter((m) => !tested.has(m) && !INTERNAL.has(m));
  assert.deepEqual(missing, [], `SDK methods without a test: ${missing.join(', ')}`);
  assert.ok(methods.length > 60, `only ${methods.length} methods found: is the SDK loaded?`);
});
