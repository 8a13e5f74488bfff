"""TradeTier's desktop app: Qt widgets over core. Nothing here computes what core can."""
