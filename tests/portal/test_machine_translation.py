"""Machine translation in wagtail-localize's editor only when configured: DeepL with DEEPL_API_KEY,
the offline dummy translator (it reverses words) on a developer's machine only."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation, TranslationSource

import pytest

from portal.models import StandardPage

ROOT = Path(__file__).resolve().parents[2]
DEEPL = "wagtail_localize.machine_translators.deepl.DeepLTranslator"
DUMMY = "wagtail_localize.machine_translators.dummy.DummyTranslator"


# Settings are read once per process: one fresh process imports each settings module anew in the
# environment of each case (no django.setup needed to read a setting).
PROBE = """
import importlib, json, os, sys
environment = dict(os.environ)
answers = []
for module, extra in json.loads(sys.argv[1]):
    os.environ.clear()
    os.environ.update(environment, **extra)
    for name in [name for name in sys.modules if name.startswith("portal.settings")]:
        del sys.modules[name]
    answers.append(importlib.import_module(module).WAGTAILLOCALIZE_MACHINE_TRANSLATOR)
print(json.dumps(answers))
"""
WITHOUT_KEY = {}
WITH_KEY = {"DEEPL_API_KEY": "test-key:fx"}
INFORMAL = {"DEEPL_API_KEY": "k", "DEEPL_FORMALITY": "prefer_less"}
MODULES = ["portal.settings.production", "portal.settings.test", "portal.settings.dev"]
CASES = [(module, env) for module in MODULES for env in (WITHOUT_KEY, WITH_KEY, INFORMAL)]


@pytest.fixture(scope="module")
def machine_translator_of():
    """WAGTAILLOCALIZE_MACHINE_TRANSLATOR as a settings module sets it in a fresh process, by
    (module, environment) case."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DEEPL_")}
    environment.update(
        SECRET_KEY=secrets.token_urlsafe(50), DATABASE_URL="postgres://postgres@127.0.0.1:5432/kennisbrug"
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(CASES)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout.strip().splitlines()[-1])
    by_case = {
        (module, json.dumps(env, sort_keys=True)): answer
        for (module, env), answer in zip(CASES, answers, strict=True)
    }
    return lambda module, env: by_case[module, json.dumps(env, sort_keys=True)]


@pytest.mark.parametrize("settings_module", ["portal.settings.production", "portal.settings.test"])
def test_production_and_test_settings_offer_no_machine_translator_without_a_key(
    machine_translator_of, settings_module
):
    assert machine_translator_of(settings_module, WITHOUT_KEY) is None


@pytest.mark.parametrize("settings_module", MODULES)
def test_deepl_api_key_turns_the_deepl_translator_on(machine_translator_of, settings_module):
    translator = machine_translator_of(settings_module, WITH_KEY)
    assert translator["CLASS"] == DEEPL
    assert translator["OPTIONS"]["AUTH_KEY"] == "test-key:fx"
    # The Dutch site speaks formally ("u"); DEEPL_FORMALITY may say otherwise.
    assert translator["OPTIONS"]["FORMALITY"] == "prefer_more"
    informal = machine_translator_of(settings_module, INFORMAL)
    assert informal["OPTIONS"]["FORMALITY"] == "prefer_less"


def test_only_development_offers_the_dummy_translator(machine_translator_of):
    assert machine_translator_of("portal.settings.dev", WITHOUT_KEY)["CLASS"] == DUMMY


def test_the_running_test_settings_give_wagtail_localize_no_translator():
    assert settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR is None
    assert get_machine_translator() is None


@pytest.mark.django_db
@pytest.mark.parametrize("configured", [None, {"CLASS": DUMMY}])
def test_the_translation_editor_offers_machine_translation_only_when_configured(
    admin_client, settings, configured
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = configured
    about = StandardPage.objects.get(locale__language_code="nl", slug="over-ons")
    english = about.get_translation(Locale.objects.get(language_code="en"))
    translation = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(about), target_locale=english.locale
    )
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).content.decode()
    # The translation editor is shown (it links its PO download)...
    assert reverse("wagtail_localize:download_pofile", args=[translation.id]) in html
    # ...with a machine-translation button only when a translator is configured.
    offered = reverse("wagtail_localize:machine_translate", args=[translation.id]) in html
    assert offered == (configured is not None)
