"""Release pages to facts: ``parse_release(content, url)`` and the parser's version."""

from pipelines.parse.release import PARSER_VERSION, parse_or_fail, parse_release

__all__ = ["PARSER_VERSION", "parse_or_fail", "parse_release"]
