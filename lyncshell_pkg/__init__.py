"""lyncshell: an emulator of the Lync Server Management Shell."""

__version__ = "0.1.0"
