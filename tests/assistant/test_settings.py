"""Settings: every field documented and listed in .env.example; ZHITU_ env overrides; secrets stay hidden."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel, SecretStr
from pydantic.fields import FieldInfo

from assistant.settings import REPO_ROOT, Settings, get_settings

ENV_EXAMPLE = REPO_ROOT / ".env.example"
PREFIX = "ZHITU_"
_SECRET_WORDS = ("key", "secret", "token", "password")


def _group(info: FieldInfo) -> type[BaseModel] | None:
    """The nested settings model a field holds, if it is a group."""
    ann = info.annotation
    return ann if isinstance(ann, type) and issubclass(ann, BaseModel) else None


def leaf_fields(model: type[BaseModel] = Settings, path: tuple[str, ...] = ()) -> Iterator[tuple[str, FieldInfo]]:
    """(environment variable, field) for every leaf setting, descending into nested groups."""
    for name, info in model.model_fields.items():
        group = _group(info)
        if group is not None:
            yield from leaf_fields(group, (*path, name))
        else:
            yield PREFIX + "__".join((*path, name)).upper(), info


def example_names() -> list[str]:
    """Variable names in .env.example, whether set or shown commented out."""
    text = ENV_EXAMPLE.read_text(encoding="utf-8")
    return re.findall(r"^#?\s*(ZHITU_[A-Z0-9_]+)=", text, flags=re.M)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No ZHITU_ variable from the caller's environment (the Makefile exports ZHITU_DATA_DIR)."""
    for name in [n for n in os.environ if n.startswith(PREFIX)]:
        monkeypatch.delenv(name)
    return monkeypatch


def test_there_are_settings_to_check() -> None:
    names = [name for name, _ in leaf_fields()]
    assert "ZHITU_DATA_DIR" in names
    assert "ZHITU_EMBEDDER__PROVIDER" in names
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("env", "info"), list(leaf_fields()), ids=lambda v: v if isinstance(v, str) else "")
def test_every_setting_has_a_description(env: str, info: FieldInfo) -> None:
    assert info.description and info.description.strip(), f"{env} has no description"


def test_every_group_is_documented() -> None:
    for name, info in Settings.model_fields.items():
        group = _group(info)
        if group is not None:
            assert info.description or (group.__doc__ or "").strip(), f"settings group {name} is undocumented"


def test_env_example_lists_exactly_the_settings() -> None:
    listed = example_names()
    assert len(listed) == len(set(listed)), "a variable is listed twice in .env.example"
    expected = {name for name, _ in leaf_fields()}
    assert set(listed) - expected == set(), ".env.example lists variables Settings does not read"
    assert expected - set(listed) == set(), ".env.example misses settings"


def test_every_env_example_entry_has_a_comment() -> None:
    entry = re.compile(r"^#?\s*ZHITU_[A-Z0-9_]+=")
    lines = ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
    for k, line in enumerate(lines):
        if entry.match(line):
            above = lines[k - 1] if k else ""
            assert above.startswith("# ") and not entry.match(above), f"no comment line above {line!r}"


def test_env_example_values_are_the_defaults(clean_env: pytest.MonkeyPatch) -> None:
    loaded = Settings(_env_file=ENV_EXAMPLE)
    default = Settings(_env_file=None)
    skip = {"data_dir", "corpus_dir"}  # written relative to the repository in the example
    assert loaded.model_dump(exclude=skip) == default.model_dump(exclude=skip)
    assert loaded.data_dir.name == default.data_dir.name
    assert loaded.corpus_dir.name == default.corpus_dir.name


def test_env_overrides_top_level_and_nested(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env.setenv("ZHITU_DATA_DIR", str(tmp_path / "d"))
    clean_env.setenv("ZHITU_COLLECTION", "other")
    clean_env.setenv("ZHITU_EMBEDDER__PROVIDER", "openai")
    clean_env.setenv("ZHITU_EMBEDDER__BASE_URL", "http://127.0.0.1:9997/v1")
    clean_env.setenv("ZHITU_EMBEDDER__THREADS", "2")
    clean_env.setenv("ZHITU_RETRIEVAL__RRF_K", "10")
    clean_env.setenv("ZHITU_RETRIEVAL__WEIGHT_DENSE", "0.5")
    clean_env.setenv("ZHITU_SERVER__PORT", "9000")

    settings = Settings(_env_file=None)

    assert settings.data_dir == tmp_path / "d"
    assert settings.collection == "other"
    assert settings.embedder.provider == "openai"
    assert settings.embedder.base_url == "http://127.0.0.1:9997/v1"
    assert settings.embedder.threads == 2
    assert settings.embedder.model == "bge-m3"  # untouched siblings keep their defaults
    assert settings.retrieval.rrf_k == 10
    assert settings.retrieval.weight_dense == 0.5
    assert settings.retrieval.depth == 30
    assert settings.server.port == 9000


def test_invalid_env_value_is_rejected(clean_env: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    clean_env.setenv("ZHITU_EMBEDDER__PROVIDER", "word2vec")
    with pytest.raises(ValidationError, match="provider"):
        Settings(_env_file=None)


def test_get_settings_is_cached_and_reads_the_env(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env.setenv("ZHITU_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    try:
        assert get_settings() is get_settings()
        assert get_settings().data_dir == tmp_path
    finally:
        get_settings.cache_clear()


def test_secrets_are_secretstr_and_hidden(clean_env: pytest.MonkeyPatch) -> None:
    for env, info in leaf_fields():
        if any(word in env.lower() for word in _SECRET_WORDS):
            assert info.annotation is SecretStr, f"{env} should be a SecretStr"

    clean_env.setenv("ZHITU_EMBEDDER__API_KEY", "sk-do-not-print-me")
    settings = Settings(_env_file=None)

    assert isinstance(settings.embedder.api_key, SecretStr)
    assert settings.embedder.api_key.get_secret_value() == "sk-do-not-print-me"
    for shown in (repr(settings), str(settings), repr(settings.embedder), settings.model_dump_json()):
        assert "sk-do-not-print-me" not in shown
