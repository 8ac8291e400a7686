import re
import subprocess
import sys
from pathlib import Path

import pytest

from leaflets.config import Settings, describe

README = Path(__file__).parent.parent / "README.md"


def test_every_setting_is_documented_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    for name, _, help_text in describe():
        assert f"`LEAFLETS_{name.upper()}`" in readme, name
        assert help_text


def test_environment_overrides_defaults():
    settings = Settings.from_env({"LEAFLETS_INDEX": "/tmp/x", "LEAFLETS_K": "7", "LEAFLETS_MODEL": "m"})
    assert (settings.index, settings.k, settings.model) == (Path("/tmp/x"), 7, "m")


def test_bad_number_names_the_variable():
    with pytest.raises(ValueError, match="LEAFLETS_K"):
        Settings.from_env({"LEAFLETS_K": "many"})


def test_cli_flags_override_and_none_keeps():
    settings = Settings.from_env({}).with_overrides(k=3, model=None)
    assert settings.k == 3 and settings.model == "multilingual-e5-small"


def test_app_settings_have_safe_defaults():
    settings = Settings.from_env({"LEAFLETS_INDEX": "/tmp/x"})
    assert settings.query_log is False, "the query log is off unless switched on"
    assert settings.stale_days > 0 and settings.query_log_days > 0 and settings.max_upload_mb > 0
    assert settings.query_log_path.parent == settings.uploads.parent == Path("/tmp/x")


def test_switches_accept_the_usual_words_and_name_a_bad_one():
    assert Settings.from_env({"LEAFLETS_QUERY_LOG": "yes"}).query_log is True
    assert Settings.from_env({"LEAFLETS_QUERY_LOG": "0"}).query_log is False
    with pytest.raises(ValueError, match="LEAFLETS_QUERY_LOG"):
        Settings.from_env({"LEAFLETS_QUERY_LOG": "maybe"})


def test_a_plain_streamlit_run_serves_this_machine_only_without_the_deploy_menu():
    """`streamlit run app.py` without `./run app`'s flags reads `.streamlit/config.toml`:
    the page listens on localhost only (DESIGN) and shows no "Deploy" menu to patients."""
    streamlit = Path(sys.executable).with_name("streamlit")
    shown = subprocess.run([str(streamlit), "config", "show"], cwd=Path(__file__).parents[1],
                           capture_output=True, text=True, timeout=60, check=True).stdout
    options = dict(re.findall(r'^(\w+) = (.+)$', shown, re.MULTILINE))
    assert options["address"] == '"127.0.0.1"'
    assert options["toolbarMode"] == '"viewer"'
    assert options["gatherUsageStats"] == "false"
