"""Build-time code that makes the committed model artefacts (not shipped to Lambda)."""
