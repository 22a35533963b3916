"""Tools for developers: benchmarks, the ONNX comparison, screenshots. Not imported by the
site; run as `python -m tools.NAME` (the Makefile has targets for them)."""
