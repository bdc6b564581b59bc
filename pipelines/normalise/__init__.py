"""Normalisation: canonical countries, regions, companies, markets, segments and money, every repair logged."""
