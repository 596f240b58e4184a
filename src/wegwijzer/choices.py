"""The fixed vocabularies of the context, shared by the command line, the fast path, the reader and the router."""

from __future__ import annotations

STAGES = ("starter", "gevestigd")
SIZES = ("zzp", "micro", "klein", "middelgroot")
EMPLOYERS = SIZES[1:]  # the sizes of a firm with staff
ESTABLISHED = STAGES[1]
SEGMENTS = ("groeien", "hervormen", "vernieuwen", "versnellen")
LANGS = ("nl", "en")
