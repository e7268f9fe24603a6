"""The shipped model files (data, not code): see MODEL_CARD.md and manifest.json."""
