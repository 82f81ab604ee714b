/*
 * Autocomplete for the header search box: the ARIA 1.2 combobox pattern with a listbox popup.
 * Progressive enhancement: without this script the box is an ordinary search form.
 * Suggestions come from the JSON endpoint in data-autocomplete-url and are inserted as text only.
 */
(function () {
  "use strict";

  var input = document.querySelector("input[data-autocomplete-url]");
  if (!input || !input.dataset.autocompleteUrl || !window.fetch) {
    return;
  }
  var form = input.form;
  var endpoint = input.dataset.autocompleteUrl;
  var listbox = document.createElement("ul");
  var status = document.createElement("p");
  var activeIndex = -1;
  var timer = null;
  var controller = null;
  var lang = document.documentElement.lang;
  var messages = {
    nl: { none: "Geen suggesties", some: " suggesties; gebruik pijl omlaag om te kiezen", one: "1 suggestie; gebruik pijl omlaag om te kiezen" },
    en: { none: "No suggestions", some: " suggestions; use the down arrow to choose", one: "1 suggestion; use the down arrow to choose" }
  }[lang === "nl" ? "nl" : "en"];

  listbox.id = input.id + "-listbox";
  listbox.className = "autocomplete__listbox";
  listbox.setAttribute("role", "listbox");
  listbox.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "");
  listbox.hidden = true;
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  form.classList.add("autocomplete");
  form.appendChild(listbox);
  form.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listbox.id);

  function options() {
    return listbox.querySelectorAll("[role=option]");
  }

  function close() {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    activeIndex = -1;
  }

  function setActive(index) {
    var items = options();
    if (!items.length) {
      return;
    }
    activeIndex = (index + items.length) % items.length;
    items.forEach(function (item, position) {
      item.setAttribute("aria-selected", position === activeIndex ? "true" : "false");
    });
    input.setAttribute("aria-activedescendant", items[activeIndex].id);
    items[activeIndex].scrollIntoView({ block: "nearest" });
  }

  function render(results) {
    listbox.textContent = "";
    results.forEach(function (result, position) {
      var option = document.createElement("li");
      var title = document.createElement("span");
      var type = document.createElement("span");
      option.id = listbox.id + "-" + position;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.dataset.url = result.url;
      title.className = "autocomplete__title";
      title.textContent = result.title;
      type.className = "autocomplete__type";
      type.textContent = result.type;
      option.appendChild(title);
      option.appendChild(type);
      option.addEventListener("mousedown", function (event) {
        event.preventDefault(); // keep focus in the input until we navigate
        window.location.assign(result.url);
      });
      listbox.appendChild(option);
    });
    activeIndex = -1;
    input.removeAttribute("aria-activedescendant");
    listbox.hidden = results.length === 0;
    input.setAttribute("aria-expanded", results.length ? "true" : "false");
    status.textContent = results.length === 0 ? messages.none : results.length === 1 ? messages.one : results.length + messages.some;
  }

  function suggest() {
    var text = input.value.trim();
    if (controller) {
      controller.abort();
    }
    if (text.length < 2) {
      close();
      return;
    }
    controller = new AbortController();
    fetch(endpoint + "?q=" + encodeURIComponent(text), {
      headers: { Accept: "application/json" },
      signal: controller.signal
    })
      .then(function (response) {
        return response.ok ? response.json() : { results: [] };
      })
      .then(function (data) {
        render(data.results || []);
      })
      .catch(function () {
        /* aborted or offline: the form still works */
      });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(suggest, 150);
  });

  input.addEventListener("keydown", function (event) {
    var expanded = !listbox.hidden;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!expanded && options().length) {
        listbox.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
      setActive(activeIndex + 1);
    } else if (event.key === "ArrowUp" && expanded) {
      event.preventDefault();
      setActive(activeIndex - 1);
    } else if (event.key === "Enter" && expanded && activeIndex >= 0) {
      event.preventDefault();
      window.location.assign(options()[activeIndex].dataset.url);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      close();
    }
  });

  input.addEventListener("blur", close);
})();
