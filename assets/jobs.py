"""Jobs: one refresh of the whole warehouse (each asset only does what is new)."""

import dagster as dg

refresh_warehouse = dg.define_asset_job(
    name="refresh_warehouse",
    selection=dg.AssetSelection.all(),
    description="Read new inbox pages, parse what is unparsed, rebuild the marts, run the checks.",
)
