"""What every screen is built with: operations (lanes, cancel), change subscription, i18n,
theme, labels, and the screen contract (`ScreenSpec`, `Screen`, `ViewContext`)."""
