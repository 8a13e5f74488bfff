"""TradeTier core: everything the app does, without Qt, so tests and the command line reach it."""

APP_NAME = "TradeTier"
APP_NAME_ZH = "外贸客户分层"
__version__ = "0.1.0"
