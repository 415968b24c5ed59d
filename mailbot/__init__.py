"""mailbot: keeps a professional's LinkedIn mail honest."""
__version__ = "0.1.0"
