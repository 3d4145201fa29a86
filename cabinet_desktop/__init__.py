"""Cabinet Desktop: the desktop application of a minister's cabinet office."""

__version__ = "0.1.0"
