"""Domain: entities, enumerations and the pure rules of the cabinet's work."""
