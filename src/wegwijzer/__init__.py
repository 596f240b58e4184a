"""wegwijzer: from an entrepreneur's question to the right organisation, for the KVK phone desk."""

__version__ = "0.1.0"
SCHEMA_VERSION = 119  # bump when the compiled knowledge base changes shape: it keys the cache
