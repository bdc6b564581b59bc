"""Sensors: new pages in the inbox start a refresh (one run per batch of new files)."""

import dagster as dg

from assets.jobs import refresh_warehouse
from assets.resources import InboxResource
from pipelines.inbox import scan_inbox


@dg.sensor(
    job=refresh_warehouse,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Starts `refresh_warehouse` when files newer than the last seen ones land in the inbox.",
)
def inbox_sensor(context: dg.SensorEvaluationContext, inbox: InboxResource):
    """The cursor is the newest file mtime seen (never the wall clock), so no file is missed twice or run twice."""
    newest_seen = int(context.cursor or 0)
    new_files = [f for f in scan_inbox(inbox.directory) if f.mtime_ns > newest_seen]
    if not new_files:
        return dg.SkipReason(f"no new pages in {inbox.directory}")
    newest = max(f.mtime_ns for f in new_files)
    context.update_cursor(str(newest))
    return dg.RunRequest(run_key=f"inbox-{newest}", tags={"new_inbox_files": str(len(new_files))})
