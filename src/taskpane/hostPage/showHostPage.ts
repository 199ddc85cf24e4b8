import type { Language } from '../../core/model/enums';
import type { HostPageTexts } from './hostPageMessages';

interface OfficeReady {
  onReady(callback: (info: { host: unknown }) => void): unknown;
}

/**
 * Runs inline at the end of taskpane.html, before the task pane's bundle, and replaces the pane with a
 * plain page where it cannot run: in Internet Explorer (Office 2016/2019 volume-licensed show add-ins in
 * Trident, which Fluent UI 9 does not support) and outside Office, where the pane would stay blank.
 * Removing #container is what stops the bundle from mounting. ES5 on purpose, since IE runs it; it is
 * inlined by its source text, so it uses nothing from outside itself but its arguments.
 */
/* eslint-disable no-var */
export function showHostPage(
  messages: Record<Language, HostPageTexts>,
  languageOf: (tag: string | undefined) => Language,
  office: OfficeReady | undefined,
): void {
  var nav = window.navigator as Navigator & { userLanguage?: string };
  var asked = /[?&]lang=([^&#]*)/.exec(window.location.search);
  var language = languageOf(asked ? decodeURIComponent(asked[1]) : nav.language || nav.userLanguage);
  var texts = messages[language];

  function show(title: string, body: string, ways: string[]) {
    var container = document.getElementById('container');
    if (!container || !container.parentNode) return;
    var page = document.createElement('main');
    page.id = 'host-page';
    var heading = document.createElement('h1');
    heading.appendChild(document.createTextNode(title));
    var text = document.createElement('p');
    text.appendChild(document.createTextNode(body));
    page.appendChild(heading);
    page.appendChild(text);
    if (ways.length) {
      var list = document.createElement('ul');
      for (var i = 0; i < ways.length; i++) {
        var item = document.createElement('li');
        item.appendChild(document.createTextNode(ways[i]));
        list.appendChild(item);
      }
      page.appendChild(list);
    }
    container.parentNode.replaceChild(page, container);
    document.title = title;
    document.documentElement.setAttribute('lang', language);
  }

  if (/Trident\//.test(nav.userAgent)) {
    show(texts.unsupported.title, texts.unsupported.body, texts.unsupported.ways);
  } else if (!office) {
    show(texts.outside.title, texts.outside.body, []);
  } else {
    office.onReady(function (info) {
      if (!info.host) show(texts.outside.title, texts.outside.body, []);
    });
  }
}
/* eslint-enable no-var */
