"""Schedules: a daily refresh, so pages dropped while sensors were off still land."""

import dagster as dg

from assets.jobs import refresh_warehouse

daily_refresh = dg.ScheduleDefinition(
    name="daily_refresh",
    job=refresh_warehouse,
    cron_schedule="0 6 * * *",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Refresh the warehouse every day at 06:00.",
)
