"""The drop folder: which files are pages."""

from pipelines.inbox import scan_inbox


def test_pages_and_release_records_are_scanned_other_files_are_not(tmp_path):
    for name in ("a.html", "b.md", "c.json", "d.yml", "e.xml", "logo.png", "notes.pdf", ".hidden.md"):
        (tmp_path / name).write_text("x")
    assert [f.path.name for f in scan_inbox(tmp_path)] == ["a.html", "b.md", "c.json", "d.yml", "e.xml"]
