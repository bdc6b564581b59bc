"""The inbox sensor, evaluated as Dagster evaluates it, against a real folder."""

import os

import dagster as dg

from assets.resources import InboxResource
from assets.sensors import inbox_sensor


def evaluate(inbox, cursor=None):
    context = dg.build_sensor_context(cursor=cursor, resources={"inbox": InboxResource(path=str(inbox))})
    return inbox_sensor(context), context.cursor


def test_new_files_request_one_run_and_move_the_cursor(tmp_path):
    (tmp_path / "a.md").write_text("# A Market")
    (tmp_path / "b.html").write_text("<h1>B Market</h1>")
    os.utime(tmp_path / "a.md", ns=(1_000, 1_000))
    os.utime(tmp_path / "b.html", ns=(2_000, 2_000))
    request, cursor = evaluate(tmp_path)
    assert isinstance(request, dg.RunRequest)
    assert request.run_key == "inbox-2000" and request.tags["new_inbox_files"] == "2"
    assert cursor == "2000"

    skip, same_cursor = evaluate(tmp_path, cursor)
    assert isinstance(skip, dg.SkipReason) and same_cursor == "2000"

    (tmp_path / "c.md").write_text("# C Market")
    os.utime(tmp_path / "c.md", ns=(3_000, 3_000))
    request, cursor = evaluate(tmp_path, cursor)
    assert request.tags["new_inbox_files"] == "1" and cursor == "3000"


def test_hidden_and_non_page_files_do_not_trigger(tmp_path):
    (tmp_path / ".partial.md").write_text("still copying")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    result, cursor = evaluate(tmp_path)
    assert isinstance(result, dg.SkipReason) and cursor is None
