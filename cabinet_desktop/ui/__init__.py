"""The Qt user interface: main window, panes, the generic table model, dialogs."""
