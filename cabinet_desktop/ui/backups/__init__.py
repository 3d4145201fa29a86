"""Backups in the window: « Sauvegarder… », « Restaurer une sauvegarde… », the backup settings,
the journal check against the backups' anchors, and the automatic daily backup."""
