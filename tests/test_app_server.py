"""The warmed start: `python -m app.server` is `streamlit run dashboard.py` with the process
warmed first (the browser tests start the app this way, so a first link to every page is
checked there)."""

import sys

import pytest
from streamlit.runtime.pages_manager import PagesManager

from app import server, ui


def test_it_runs_the_entry_with_the_options_given_after_warming_and_freezing(monkeypatch):
    calls: list[object] = []
    monkeypatch.setattr(server, "warm", lambda: calls.append("warm"))
    monkeypatch.setattr(server.gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(server.cli, "main", lambda: calls.append(list(sys.argv)) or 0)
    monkeypatch.setattr(sys, "argv", ["app.server", "--server.port", "8599"])
    monkeypatch.setattr(PagesManager, "uses_pages_directory", None)
    with pytest.raises(SystemExit) as done:
        server.main()
    assert done.value.code == 0
    command = ["streamlit", "run", str(server.ENTRY), *server.WATCHER_OFF, "--server.port", "8599"]
    assert calls == ["warm", "freeze", command]
    assert server.ENTRY.name == "dashboard.py" and server.ENTRY.is_file()
    assert PagesManager.uses_pages_directory is False


def test_warming_reads_the_archive_once_for_the_first_link(monkeypatch, sample_dir):
    monkeypatch.setenv("LINIMASA_DATA", str(sample_dir))
    reads: list[object] = []
    real = ui.load_archive
    monkeypatch.setattr(ui, "load_archive", lambda folder: reads.append(folder) or real(folder))
    ui._archive.clear()
    server.warm()
    assert len(reads) == 1
    assert ui.current_archive().n_events > 0
    assert len(reads) == 1, "the first link's session finds the archive read"
